package io.outturn.query.indicator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.outturn.query.eventstore.Basis;
import io.outturn.values.Decision;
import io.outturn.values.PrintedTarget;
import io.outturn.values.ReasonCode;
import io.outturn.values.Target;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The target answers carry a {@link PrintedTarget} but print it as API.md has it, flat: {@code target} and
 * {@code printed} (and {@code previous}, {@code previousPrinted}) side by side, null when absent; a history entry
 * then why (reason, reason code, decision) and when (in effect from, recorded at).
 */
class TargetAnswersJsonTest {

    private static final PrintedTarget TARGET_12000 =
            PrintedTarget.of(new Target.AtLeast(new BigDecimal("12000"), true), "12,000");
    private static final PrintedTarget TARGET_12500 =
            PrintedTarget.of(new Target.AtLeast(new BigDecimal("12500"), true), "12,500");
    private static final Instant REVISED = Instant.parse("2011-09-01T11:00:00Z");
    private static final Instant LOADED = Instant.parse("2015-03-02T10:00:00Z");
    private static final Instant CABINET_MET = Instant.parse("2011-03-12T00:00:00Z");
    private static final Decision CABINET_MINUTE_45 = new Decision("Cabinet 12 March 2011, minute 45", "Cabinet",
            LocalDate.of(2011, 3, 12), null);

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void theTargetInForcePrintsTheTargetAndItsTextSideBySide() throws Exception {
        assertThat(json.writeValueAsString(new TargetInForceView("NI130", "2011-12", TARGET_12500, null, 5, REVISED,
                "manager", "stretch", "e5", null))).isEqualTo("""
                {"indicatorId":"NI130","fy":"2011-12",\
                "target":{"kind":"AT_LEAST","value":12500,"inclusive":true},"printed":"12,500",\
                "version":5,"recordedAt":"2011-09-01T11:00:00Z","actor":"manager","reason":"stretch","eventId":"e5"}""");
        assertThat(json.writeValueAsString(new TargetInForceView("NI130", "2011-12",
                PrintedTarget.of(TARGET_12500.target(), null), null, 5, REVISED, "manager", null, "e5", null))).isEqualTo("""
                {"indicatorId":"NI130","fy":"2011-12",\
                "target":{"kind":"AT_LEAST","value":12500,"inclusive":true},"printed":null,\
                "version":5,"recordedAt":"2011-09-01T11:00:00Z","actor":"manager","reason":null,"eventId":"e5"}""");
    }

    @Test
    void theTargetInForceOnABasisSaysWhenItTookEffectAndWhichAxesItWasBuiltOn() throws Exception {
        Instant committee = Instant.parse("2011-11-16T10:00:00Z");
        Basis basis = new Basis(null, Instant.parse("2011-12-31T23:59:59.999999999Z"));

        assertThat(json.writeValueAsString(new TargetInForceView("NI130", "2011-12", TARGET_12500, committee, 6,
                LOADED, "manager", "stretch", "e6", basis))).isEqualTo("""
                {"indicatorId":"NI130","fy":"2011-12",\
                "target":{"kind":"AT_LEAST","value":12500,"inclusive":true},"printed":"12,500",\
                "effectiveFrom":"2011-11-16T10:00:00Z",\
                "version":6,"recordedAt":"2015-03-02T10:00:00Z","actor":"manager","reason":"stretch","eventId":"e6",\
                "basis":{"inForceAt":"2011-12-31T23:59:59.999999999Z"}}""");
    }

    @Test
    void aHistoryEntryPrintsWhatTheTargetBecameAndWhatItWasSideBySide() throws Exception {
        assertThat(json.writeValueAsString(new TargetHistoryEntry(5, TARGET_12500, TARGET_12000, "manager",
                "stretch", ReasonCode.REBASELINE, CABINET_MINUTE_45, CABINET_MET, REVISED, "e5", List.of(), null))).isEqualTo("""
                {"version":5,"target":{"kind":"AT_LEAST","value":12500,"inclusive":true},"printed":"12,500",\
                "previous":{"kind":"AT_LEAST","value":12000,"inclusive":true},"previousPrinted":"12,000",\
                "withdrawn":false,"actor":"manager","reason":"stretch","reasonCode":"REBASELINE",\
                "decision":{"reference":"Cabinet 12 March 2011, minute 45","decidedBy":"Cabinet",\
                "decidedOn":"2011-03-12","uri":null},"effectiveFrom":"2011-03-12T00:00:00Z",\
                "recordedAt":"2011-09-01T11:00:00Z","eventId":"e5"}""");
        assertThat(json.writeValueAsString(new TargetHistoryEntry(2, TARGET_12000, null, "manager", null, null, null,
                REVISED, REVISED, "e2", List.of(), null))).isEqualTo("""
                {"version":2,"target":{"kind":"AT_LEAST","value":12000,"inclusive":true},"printed":"12,000",\
                "previous":null,"previousPrinted":null,\
                "withdrawn":false,"actor":"manager","reason":null,"reasonCode":null,"decision":null,\
                "effectiveFrom":"2011-09-01T11:00:00Z","recordedAt":"2011-09-01T11:00:00Z","eventId":"e2"}""");
    }

    @Test
    void aWithdrawalPrintsNoTargetAndTheOneItWithdrew() throws Exception {
        assertThat(json.writeValueAsString(new TargetHistoryEntry(7, null, TARGET_12000, "admin", "superseded",
                ReasonCode.OTHER, null, REVISED, REVISED, "e7", List.of(), null))).isEqualTo("""
                {"version":7,"target":null,"printed":null,\
                "previous":{"kind":"AT_LEAST","value":12000,"inclusive":true},"previousPrinted":"12,000",\
                "withdrawn":true,"actor":"admin","reason":"superseded","reasonCode":"OTHER","decision":null,\
                "effectiveFrom":"2011-09-01T11:00:00Z","recordedAt":"2011-09-01T11:00:00Z","eventId":"e7"}""");
    }
}
