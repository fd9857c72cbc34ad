package io.outturn.command.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** {@code outturn.commands} counts every handled command by type and outcome. */
@CommandSideTest
class CommandMetricsTest {

    static final String NI130 = """
            {"id": "NI130", "title": "No of people on a personal budget",
             "organisation": "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)",
             "framework": "NI", "unit": "COUNT", "polarity": "HIGHER_IS_BETTER", "rollUp": "LATEST"}
            """;
    static final String TWELVE_THOUSAND = "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 12000}, \"printed\": \"12,000\"}";
    static final String ELEVEN_THOUSAND = "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 11000}, \"printed\": \"11,000\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry registry;

    @Autowired
    ResettableEventStorageEngine storage;

    @BeforeEach
    void emptyEventStore() {
        storage.reset();
    }

    @Test
    void eachOutcomeIsCountedUnderItsCommandType() throws Exception {
        long defined = count("DefineIndicatorCommand", "changed");
        long set = count("SetTargetCommand", "changed");
        long unchanged = count("SetTargetCommand", "unchanged");
        long reasonRequired = count("SetTargetCommand", "rejected:REASON_REQUIRED");
        long exists = count("DefineIndicatorCommand", "rejected:INDICATOR_EXISTS");
        long notFound = count("SetTargetCommand", "rejected:NOT_FOUND");

        send(post("/api/indicators"), NI130);
        send(post("/api/indicators"), NI130);
        send(put("/api/indicators/NI130/targets/2011-12"), TWELVE_THOUSAND);
        send(put("/api/indicators/NI130/targets/2011-12"), TWELVE_THOUSAND);
        send(put("/api/indicators/NI130/targets/2011-12"), ELEVEN_THOUSAND);
        send(put("/api/indicators/NI999/targets/2011-12"), TWELVE_THOUSAND);

        assertThat(count("DefineIndicatorCommand", "changed")).isEqualTo(defined + 1);
        assertThat(count("DefineIndicatorCommand", "rejected:INDICATOR_EXISTS")).isEqualTo(exists + 1);
        assertThat(count("SetTargetCommand", "changed")).isEqualTo(set + 1);
        assertThat(count("SetTargetCommand", "unchanged")).isEqualTo(unchanged + 1);
        assertThat(count("SetTargetCommand", "rejected:REASON_REQUIRED")).isEqualTo(reasonRequired + 1);
        assertThat(count("SetTargetCommand", "rejected:NOT_FOUND")).isEqualTo(notFound + 1);
    }

    @Test
    void anUnexpectedFailureIsCountedAsFailed() {
        assertThat(CommandMetricsInterceptor.outcomeOf(new IllegalStateException("disk full"))).isEqualTo("failed");
    }

    private void send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
            throws Exception {
        mvc.perform(request.with(httpBasic("manager", "manager")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long count(String type, String outcome) {
        Timer timer = registry.find(CommandMetricsInterceptor.METER).tag("type", type).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }
}
