package io.outturn.query.savings;

import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.outturn.query.savings.SeedSavingsProgramme.FY_2011_12;
import static io.outturn.query.savings.SeedSavingsProgramme.ID;
import static org.assertj.core.api.Assertions.assertThat;

class SavingsProgrammeDocumentTest {

    private static final Instant AT = Instant.parse("2011-04-05T10:15:30.250Z");

    @Test
    void aStoredProgrammeReadsBackAsTheSameState() {
        SavingsProgrammeState state = seedWithDeliveryAndWithdrawal();

        SavingsProgrammeState read = SavingsProgrammeDocument.toState(SavingsProgrammeDocument.toDocument(state));

        assertThat(read).isEqualTo(state);
        assertThat(SavingsProgrammeViews.of(read)).isEqualTo(SavingsProgrammeViews.of(state));
    }

    @Test
    void moneyIsStoredAsExactDecimalsToThePenny() {
        SavingsProgrammeState state = SavingsProgrammeFold.apply(null, SeedSavingsProgramme.created(), 0, AT);
        state = SavingsProgrammeFold.apply(state, new SavingsLineAddedEvent(ID, LineId.of("pence"), "99", "Odd pence",
                "Adult Social Care", SeedSavingsProgramme.profile(1, 0, 0), null), 1, AT);
        state = SavingsProgrammeFold.apply(state, new SavingsDeliveryRecordedEvent(ID, LineId.of("pence"), FY_2011_12,
                Quarter.Q1, Money.of("0.10"), Rag.GREEN, null, null), 2, AT);

        Document document = SavingsProgrammeDocument.toDocument(state);

        assertThat(document.get(SavingsProgrammeDocument.TOTAL_ALL_YEARS)).isEqualTo(new Decimal128(new BigDecimal("1.00")));
        assertThat(document.get(SavingsProgrammeDocument.OVERALL_TARGET))
                .isEqualTo(new Decimal128(new BigDecimal("63833000.00")));
        assertThat(SavingsProgrammeDocument.toState(document).lines().get(0).delivery().get(FY_2011_12).achievedToDate())
                .isEqualTo(Money.of("0.10"));
    }

    @Test
    void theDocumentCarriesTheDerivedTotalsAndTheLastSequence() {
        Document document = SavingsProgrammeDocument.toDocument(seedWithDeliveryAndWithdrawal());

        assertThat(document.get(SavingsProgrammeDocument.ID)).isEqualTo(ID.value());
        assertThat(document.get(SavingsProgrammeDocument.LAST_SEQUENCE)).isEqualTo(55L);
        assertThat(document.get(SavingsProgrammeDocument.TOTALS, Document.class).get("2011-12"))
                .isEqualTo(new Decimal128(new BigDecimal("26621000.00")));
    }

    @Test
    void aSummaryIsReadFromTheStoredTotalsWithoutTheLines() {
        Document document = SavingsProgrammeDocument.toDocument(seedWithDeliveryAndWithdrawal());
        document.remove(SavingsProgrammeDocument.LINES);

        SavingsProgrammeSummary summary = SavingsProgrammeDocument.toSummary(document);

        assertThat(summary.id()).isEqualTo(ID);
        assertThat(summary.totals().get(FY_2011_12)).isEqualTo(Money.of("26621000"));
        assertThat(summary.totalAllYears()).isEqualTo(Money.of("58407000"));
    }

    /** The seed programme, a delivery report on one line and the withdrawal of another (ref 2 ASC: 1,300/700/0). */
    private static SavingsProgrammeState seedWithDeliveryAndWithdrawal() {
        SavingsProgrammeState state = SavingsProgrammeFold.apply(null, SeedSavingsProgramme.created(), 0, AT);
        List<SavingsLineAddedEvent> lines = SeedSavingsProgramme.lines();
        for (int i = 0; i < lines.size(); i++) {
            state = SavingsProgrammeFold.apply(state, lines.get(i), i + 1L, AT);
        }
        state = SavingsProgrammeFold.apply(state, new SavingsDeliveryRecordedEvent(ID, LineId.of("adult-social-care-1a"),
                FY_2011_12, Quarter.Q2, Money.of("210000.50"), Rag.AMBER, "behind plan", null), 54, AT);
        state = SavingsProgrammeFold.apply(state, new SavingsLineWithdrawnEvent(ID, LineId.of("adult-social-care-2"),
                SeedSavingsProgramme.profile(1_300_000, 700_000, 0), null, null), 55, AT);
        return state;
    }
}
