package io.outturn.command.sender;

import io.outturn.command.config.CommandSideTest;
import io.outturn.command.domain.Rejection;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A refusal as it arrives from a command handler on another instance, through Axon Server: no cause, only the
 * details. The gateway is replaced so that the failure is exactly that.
 */
@CommandSideTest
class CommandSenderTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commandGateway;

    @Test
    void aRejectionThatCrossedTheCommandBusIsUnwrappedFromItsDetails() throws Exception {
        given(commandGateway.sendAndWait(any())).willThrow(new CommandExecutionException("rejected", null,
                new Rejection(Rejection.Code.QUARTER_NOT_ENDED, "quarter", "Q2 2012-13 ends on 2012-09-30")));

        mvc.perform(put("/api/indicators/NI130/actuals/2012-13/Q2").with(httpBasic("manager", "manager"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 10400}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("QUARTER_NOT_ENDED"))
                .andExpect(jsonPath("$.detail").value("Q2 2012-13 ends on 2012-09-30"))
                .andExpect(jsonPath("$.errors[0].field").value("quarter"));
    }

    /**
     * The command side handling the command was killed before it answered (seen in the distributed suite): Axon
     * Server's code for the lost handler does not survive, only its message. The outcome is unknown, not an error.
     */
    @Test
    void aCommandWhoseCommandSideDiedUnderItIsUnavailableNotAnInternalError() throws Exception {
        given(commandGateway.sendAndWait(any())).willThrow(
                new AxonServerException("AXONIQ-0001", "Connection lost while executing command on: 32603@vm"));

        mvc.perform(put("/api/indicators/NI130/actuals/2011-12/Q1").with(httpBasic("manager", "manager"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 10400}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"));
    }

    /** A handler on another command side lost the append race twice; through Axon Server only the code is left. */
    @Test
    void aRaceLostOnAnotherCommandSideIsAConflictToSendAgainOrAStaleVersion() throws Exception {
        given(commandGateway.sendAndWait(any())).willThrow(new CommandExecutionException(
                "OUT_OF_RANGE: [AXONIQ-2000] Invalid sequence number 13 for aggregate NI130, expected 14", null));

        mvc.perform(put("/api/indicators/NI130/actuals/2011-12/Q1").with(httpBasic("manager", "manager"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 10400}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONCURRENT_CHANGE"));
        mvc.perform(put("/api/indicators/NI130/actuals/2011-12/Q1").with(httpBasic("manager", "manager"))
                        .header("If-Match", "\"14\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 10400}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
    }

    /** Clients switch on the codes, so a domain code keeps the name it has always had on the wire. */
    @ParameterizedTest
    @EnumSource(Rejection.Code.class)
    void everyDomainCodeAnswersWithTheProblemCodeOfTheSameName(Rejection.Code code) {
        assertThat(CommandSender.errorCode(code).name()).isEqualTo(code.name());
    }
}
