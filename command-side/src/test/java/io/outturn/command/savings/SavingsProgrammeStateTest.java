package io.outturn.command.savings;

import io.outturn.command.domain.AggregateState;
import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.SavingsProgrammeEvent;
import io.outturn.values.Money;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.outturn.command.savings.Seed001Savings.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 001's programme folded from its events: what the aggregate decides on and an import checks against. */
class SavingsProgrammeStateTest {

    private static final List<SavingsProgrammeEvent> HISTORY = List.of(created(), reablementServiceAdded(),
            new SavingsLineAddedEvent(ID, REABLEMENT_RESTRUCTURE, "3", "Reablement & Homecare - restructure",
                    ADULT_SOCIAL_CARE, profile("600000", "200000", "0"), null),
            new SavingsLineRevisedEvent(ID, REABLEMENT_SERVICE, REABLEMENT_SERVICE_PROFILE,
                    profile("1000000", "1000000", "0"), null, null),
            new SavingsLineWithdrawnEvent(ID, REABLEMENT_RESTRUCTURE, profile("600000", "200000", "0"), null, null),
            new SavingsDeliveryRecordedEvent(ID, REABLEMENT_SERVICE, FY_2011_12, Quarter.Q4,
                    Money.of("1150000"), Rag.AMBER, null, null));
    /** When every event of {@link #HISTORY} was recorded; none says it took effect at another time. */
    private static final Instant RECORDED = Instant.parse("2012-05-10T08:30:00Z");

    private static SavingsProgrammeState folded() {
        return AggregateState.fold(SavingsProgrammeState.NONE, SavingsProgrammeEvent.class, HISTORY.stream()
                .map(event -> new GenericEventMessage<>(UUID.randomUUID().toString(), event, MetaData.emptyInstance(),
                        RECORDED))
                .toList());
    }

    @Test
    void theFoldKnowsTheYearsTheLinesInTheirOrderTheirProfilesWithdrawalsAndDelivery() {
        SavingsProgrammeState state = folded();

        assertThat(state.aggregateId()).isEqualTo("asch-pp-2011-14");
        assertThat(state.version()).isEqualTo(6);
        assertThat(state.financialYears()).containsExactly(FY_2011_12, FY_2012_13, FY_2013_14);
        assertThat(state.lines()).containsOnlyKeys(REABLEMENT_SERVICE, REABLEMENT_RESTRUCTURE);
        assertThat(state.lines().keySet()).containsExactly(REABLEMENT_SERVICE, REABLEMENT_RESTRUCTURE);
        assertThat(state.line(REABLEMENT_SERVICE).profile()).isEqualTo(profile("1000000", "1000000", "0"));
        assertThat(state.line(REABLEMENT_SERVICE).delivery(FY_2011_12, Quarter.Q4))
                .isEqualTo(new SavingsProgrammeState.Delivery(Money.of("1150000"), Rag.AMBER, null, RECORDED));
        assertThat(state.line(REABLEMENT_SERVICE).effectiveAt()).isEqualTo(RECORDED);
        assertThat(state.line(REABLEMENT_RESTRUCTURE).withdrawn()).isTrue();
        assertThat(state.liveLineKeyedBy(ADULT_SOCIAL_CARE, "3")).isEmpty();
        assertThat(state.lineKeyedBy(ADULT_SOCIAL_CARE, "3")).get()
                .extracting(SavingsProgrammeState.Line::lineId).isEqualTo(REABLEMENT_RESTRUCTURE);
    }

    @Test
    void theAggregateLoadedFromTheEventsHoldsExactlyTheFold() {
        fixture().givenCurrentTime(RECORDED)
                .andGiven(HISTORY)
                .when(new WithdrawSavingsLineCommand(ID, REABLEMENT_RESTRUCTURE, null, null, null))
                .expectNoEvents()
                .expectState(programme -> assertThat(programme.state()).isEqualTo(folded()));
    }
}
