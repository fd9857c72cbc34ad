package io.outturn.command.api;

import io.outturn.command.config.CommandSideTest;
import io.outturn.command.config.ResettableEventStorageEngine;
import io.outturn.events.TargetSetEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Target;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;

import static io.outturn.command.api.ApiCalls.asManager;
import static io.outturn.command.api.ApiCalls.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A command whose append loses the race to another writer is decided once more on fresh state; if it loses
 * again, the client is told to re-read (412 with its {@code If-Match}, 409 without), never an internal error.
 */
@CommandSideTest
class AppendRaceApiTest {

    private static final IndicatorId NI130 = IndicatorId.of("NI130");
    private static final FinancialYear FY_2011_12 = FinancialYear.parse("2011-12");
    private static final Target TWELVE_THOUSAND = new Target.AtLeast(new BigDecimal("12000"), true);
    private static final Target THIRTEEN_THOUSAND = new Target.AtLeast(new BigDecimal("13000"), true);
    private static final String FOURTEEN_THOUSAND = """
            {"target": {"kind": "AT_LEAST", "value": 14000}, "printed": "14,000", "reason": "Cabinet raised the ambition"}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    ResettableEventStorageEngine eventStore;

    @BeforeEach
    void ni130IsDefined() throws Exception {
        eventStore.reset();
        mvc.perform(json(asManager(post("/api/indicators")), IndicatorCommandApiTest.NI130)).andExpect(status().isCreated());
    }

    @Test
    void aCommandThatLosesTheRaceTwiceIsAConflictToSendAgain() throws Exception {
        eventStore.loseNextAppendsTo(rival(1, TWELVE_THOUSAND, null), rival(2, THIRTEEN_THOUSAND, TWELVE_THOUSAND));

        mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), FOURTEEN_THOUSAND))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONCURRENT_CHANGE"));
    }

    @Test
    void aConditionalCommandThatLosesTheRaceIsAVersionConflict() throws Exception {
        eventStore.loseNextAppendsTo(rival(1, TWELVE_THOUSAND, null));

        mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), FOURTEEN_THOUSAND)
                        .header("If-Match", "\"1\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
    }

    @Test
    void aCommandThatLosesTheRaceOnceIsDecidedAgainAndApplied() throws Exception {
        eventStore.loseNextAppendsTo(rival(1, TWELVE_THOUSAND, null));

        mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), FOURTEEN_THOUSAND))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.changed").value(true));
    }

    /** The event another command side stored at {@code sequence} just before this one tried to. */
    private static GenericDomainEventMessage<TargetSetEvent> rival(long sequence, Target target, Target previous) {
        return new GenericDomainEventMessage<>("Indicator", NI130.value(), sequence,
                new TargetSetEvent(NI130, FY_2011_12, target, target.toString(),
                        previous, previous == null ? null : previous.toString(), null, null, null));
    }
}
