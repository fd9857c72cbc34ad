package io.outturn.query.eventstore;

import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.values.IndicatorId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static org.assertj.core.api.Assertions.assertThat;

/** Which events count on a basis of the two time axes: the one rule every read on a basis applies. */
class BasisTest {

    private static final IndicatorId NI130 = IndicatorId.of("NI130");
    private static final Instant PUBLISHED = Instant.parse("2011-07-14T09:00:00Z");
    private static final Instant RECORDED = Instant.parse("2015-02-10T09:00:00Z");
    private static final ActualRecordedEvent Q1_PUBLISHED =
            new ActualRecordedEvent(NI130, FY_2011_12, Quarter.Q1, new BigDecimal("8150"), null, PUBLISHED);
    private static final ActualRecordedEvent Q1_UNDATED =
            new ActualRecordedEvent(NI130, FY_2011_12, Quarter.Q1, new BigDecimal("8150"), null, null);

    @Test
    void anEventCountsAsOfTheMomentItWasRecordedAndNotBefore() {
        assertThat(new Basis(RECORDED, null).counts(Q1_PUBLISHED, RECORDED)).isTrue();
        assertThat(new Basis(RECORDED.minusNanos(1), null).counts(Q1_PUBLISHED, RECORDED)).isFalse();
    }

    @Test
    void anEffectiveDatedEventCountsInForceFromItsEffectiveDateNotFromWhenItWasRecorded() {
        assertThat(new Basis(null, PUBLISHED).counts(Q1_PUBLISHED, RECORDED)).isTrue();
        assertThat(new Basis(null, PUBLISHED.minusNanos(1)).counts(Q1_PUBLISHED, RECORDED)).isFalse();
    }

    @Test
    void withoutAnEffectiveDateAnEventIsInForceFromWhenItWasRecorded() {
        assertThat(new Basis(null, PUBLISHED).counts(Q1_UNDATED, RECORDED)).isFalse();
        assertThat(new Basis(null, RECORDED.minusNanos(1)).counts(Q1_UNDATED, RECORDED)).isFalse();
        assertThat(new Basis(null, RECORDED).counts(Q1_UNDATED, RECORDED)).isTrue();
    }

    @Test
    void bothAxesMustHoldForAnEventToCount() {
        Instant endOf2014 = Instant.parse("2014-12-31T23:59:59Z");
        Instant endOf2015 = Instant.parse("2015-12-31T23:59:59Z");
        Basis before2015InForce2011 = new Basis(endOf2014, Instant.parse("2011-09-30T23:59:59Z"));
        Basis after2015InForce2011 = new Basis(endOf2015, Instant.parse("2011-09-30T23:59:59Z"));
        Basis after2015InForce2011Q1 = new Basis(endOf2015, Instant.parse("2011-06-30T23:59:59Z"));

        assertThat(before2015InForce2011.counts(Q1_PUBLISHED, RECORDED)).isFalse();
        assertThat(after2015InForce2011.counts(Q1_PUBLISHED, RECORDED)).isTrue();
        assertThat(after2015InForce2011Q1.counts(Q1_PUBLISHED, RECORDED)).isFalse();
    }

    @Test
    void definitionsAreNotOnTheEffectiveAxis() {
        IndicatorDefinedEvent defined = ni130Defined(NI130);
        SavingsProgrammeCreatedEvent created = new SavingsProgrammeCreatedEvent(ProgrammeId.of("notts-asch-pp-2011-14"),
                "Savings and efficiencies 2011-14", "Nottinghamshire County Council", List.of(FY_2011_12), null);
        Basis longBeforeTheLoad = new Basis(null, Instant.parse("2000-01-01T00:00:00Z"));

        assertThat(longBeforeTheLoad.counts(defined, RECORDED)).isTrue();
        assertThat(longBeforeTheLoad.counts(created, RECORDED)).isTrue();
        assertThat(new Basis(RECORDED.minusNanos(1), null).counts(defined, RECORDED)).isFalse();
    }

    @Test
    void nowCountsEverything() {
        assertThat(Basis.NOW.isNow()).isTrue();
        assertThat(Basis.NOW.counts(Q1_UNDATED, RECORDED)).isTrue();
        assertThat(new Basis(null, PUBLISHED).isNow()).isFalse();
    }

    @Test
    void aBasisSaysItselfInWords() {
        assertThat(Basis.NOW.inWords()).isEqualTo("now");
        assertThat(new Basis(RECORDED, null).inWords()).isEqualTo("as of 2015-02-10T09:00:00Z");
        assertThat(new Basis(null, PUBLISHED).inWords()).isEqualTo("in force at 2011-07-14T09:00:00Z");
        assertThat(new Basis(RECORDED, PUBLISHED).inWords())
                .isEqualTo("as of 2015-02-10T09:00:00Z, in force at 2011-07-14T09:00:00Z");
    }
}
