package io.outturn.query.indicator;

import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorEvent;
import io.outturn.query.eventstore.Basis;
import io.outturn.query.eventstore.RecordedEvent;
import io.outturn.query.testsupport.Ni130LoadedLater;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import static io.outturn.query.testsupport.Ni130LoadedLater.COMMITTEE;
import static io.outturn.query.testsupport.Ni130LoadedLater.LOADED;
import static io.outturn.query.testsupport.Ni130LoadedLater.REVISION_LOADED;
import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of the two time axes ({@link IndicatorFold#at}), on NI130 as a council loads it years later
 * ({@link Ni130LoadedLater}): target 12,000 printed in the 2011-14 plan, in force from 2011-04-01; revised to 12,500
 * by Cabinet on 2011-11-16; all loaded in February and March 2015.
 */
class IndicatorFoldTwoTimeAxesTest {

    private static final IndicatorId NI130 = IndicatorId.of("NI130");

    @ParameterizedTest(name = "asOf {0}, inForceAt {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "now", textBlock = """
            now                            | now                            | 12,500; Q1 8150, Q2 9420, Q3 11800; version 7
            2015-01-31T23:59:59Z           | now                            | nothing recorded
            2015-01-31T23:59:59Z           | 2011-09-30T23:59:59Z           | nothing recorded
            now                            | 2011-03-31T23:59:59Z           | no card
            now                            | 2011-04-01T00:00:00Z           | 12,000; no actuals; version 3
            now                            | 2011-09-30T23:59:59Z           | 12,000; Q1 8150; version 4
            now                            | 2011-10-31T23:59:59Z           | 12,000; Q1 8150, Q2 9420; version 5
            now                            | 2011-11-16T09:59:59.999999999Z | 12,000; Q1 8150, Q2 9420; version 5
            now                            | 2011-11-16T10:00:00Z           | 12,500; Q1 8150, Q2 9420; version 6
            now                            | 2015-03-02T10:00:59Z           | 12,500; Q1 8150, Q2 9420; version 6
            now                            | 2015-03-02T10:01:00Z           | 12,500; Q1 8150, Q2 9420, Q3 11800; version 7
            2015-02-10T09:00:00Z           | now                            | no card
            2015-02-28T23:59:59Z           | now                            | 12,000; Q1 8150, Q2 9420; version 5
            2015-02-28T23:59:59Z           | 2011-12-31T23:59:59Z           | 12,000; Q1 8150, Q2 9420; version 5
            2015-02-28T23:59:59Z           | 2011-09-30T23:59:59Z           | 12,000; Q1 8150; version 4
            2015-03-02T10:00:00Z           | 2011-12-31T23:59:59Z           | 12,500; Q1 8150, Q2 9420; version 6
            2015-03-02T10:00:00Z           | 2011-11-15T23:59:59Z           | 12,000; Q1 8150, Q2 9420; version 5
            """)
    void theStateIsTheFoldOfWhatWasRecordedByAsOfAndInForceByInForceAt(Instant asOf, Instant inForceAt,
                                                                        String expected) {
        IndicatorState state = IndicatorFold.at(Ni130LoadedLater.recorded(NI130), new Basis(asOf, inForceAt));

        assertThat(describe(state)).isEqualTo(expected);
    }

    @Test
    void onNoBasisTheStateIsTheLiveFold() {
        List<IndicatorEvent> events = Ni130LoadedLater.events(NI130);
        List<Instant> recordedAt = Ni130LoadedLater.recordedAt();
        IndicatorState live = null;
        for (int sequence = 0; sequence < events.size(); sequence++) {
            live = IndicatorFold.apply(live, events.get(sequence), sequence, recordedAt.get(sequence));
        }

        assertThat(IndicatorFold.at(Ni130LoadedLater.recorded(NI130), Basis.NOW)).isEqualTo(live);
    }

    @Test
    void theVersionAndTimeAreThoseOfTheLastEventThatCounted() {
        IndicatorState state = IndicatorFold.at(Ni130LoadedLater.recorded(NI130), new Basis(null, COMMITTEE));

        assertThat(state.version()).isEqualTo(6);
        assertThat(state.lastChangedAt()).isEqualTo(REVISION_LOADED);
    }

    /** A definition is not on the effective axis: an amendment counts in force at any moment once it is recorded. */
    @Test
    void aDefinitionAppliesWheneverItWasRecordedByAsOf() {
        Instant amendedAt = Instant.parse("2015-06-01T12:00:00Z");
        List<RecordedEvent> events = new ArrayList<>(Ni130LoadedLater.recorded(NI130));
        String why = "title as in the 2012-15 plan";
        IndicatorAmendedEvent amended = new IndicatorAmendedEvent(NI130, "People on a personal budget",
                ni130Defined(NI130).serviceGroup(), null, null, ni130Defined(NI130).baseline(),
                Justification.other(why), List.of());
        events.add(new RecordedEvent(amended, 7, amendedAt, "manager", why, "c8", "api", "e8"));
        Instant inForceAt = Instant.parse("2011-09-30T23:59:59Z");

        assertThat(IndicatorFold.at(events, new Basis(null, inForceAt)).definition().title())
                .isEqualTo("People on a personal budget");
        assertThat(IndicatorFold.at(events, new Basis(amendedAt.minusNanos(1), inForceAt)).definition().title())
                .isEqualTo("No of people on a personal budget");
        assertThat(IndicatorFold.at(events, new Basis(LOADED, inForceAt)).definition().title())
                .isEqualTo("No of people on a personal budget");
    }

    private static String describe(IndicatorState state) {
        if (state == null) {
            return "nothing recorded";
        }
        if (!KpiCards.hasCard(state, FY_2011_12)) {
            return "no card";
        }
        KpiStatusView card = KpiCards.card(state, FY_2011_12);
        StringJoiner actuals = new StringJoiner(", ");
        card.actuals().forEach((quarter, actual) -> actuals.add(quarter + " " + actual.value().toPlainString()));
        return card.target().printed() + "; " + (actuals.length() == 0 ? "no actuals" : actuals.toString())
                + "; version " + card.version();
    }
}
