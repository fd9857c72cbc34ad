package io.outturn.web.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Request bodies are held to the documented limits at the edge (issue 9): strict JSON types, no unknown fields,
 * bounded numbers, money and text, every problem listed; a body that would cost the server dearly is refused
 * while it is parsed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RequestBodyTest {

    private static final String VALID = """
            {"id": "NI130", "title": "No of people on a personal budget", "unit": "COUNT" %s}
            """;

    @Autowired
    MockMvc mvc;

    private MockHttpServletRequestBuilder command(String json) {
        return post("/api/sample/commands").with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static String with(String fields) {
        return VALID.formatted(", " + fields);
    }

    @Test
    void aValidBodyIsAccepted() throws Exception {
        mvc.perform(command(with("\"value\": 12000.5, \"amount\": 400000, \"inclusive\": true")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("NI130"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e100000", "1e10000000", "1000000000000.000001", "-1e13", "0.0000001", "1e-10000000"})
    void aFigureOutsideTheLimitsIsRefusedOnItsField(String number) throws Exception {
        mvc.perform(command(with("\"value\": " + number)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("value"));
    }

    @Test
    void aHugeTargetIsRefusedOnTargetValue() throws Exception {
        mvc.perform(command(with("\"target\": {\"kind\": \"AT_LEAST\", \"value\": 1e100000}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("target.value"))
                .andExpect(jsonPath("$.errors[0].message").value("must be from -10^12 to 10^12"));
    }

    @Test
    void aNumberOfAThousandDigitsIsRefusedWhileItIsRead() throws Exception {
        mvc.perform(command(with("\"value\": " + "9".repeat(1_000))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value(not(containsString("StreamReadConstraints"))));
    }

    @Test
    void nestingDeeperThanAnyRequestIsRefusedWhileItIsRead() throws Exception {
        mvc.perform(command("[".repeat(1_000) + "]".repeat(1_000)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.detail").value(containsString("nesting depth")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1000000", "1000000000000.01", "1e400", "400000.005"})
    void anAmountOutsideTheLimitsIsRefusedOnItsField(String amount) throws Exception {
        mvc.perform(command(with("\"amount\": " + amount)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
    }

    @Test
    void aProfileAmountOutsideTheLimitsNamesItsYear() throws Exception {
        mvc.perform(command(with("\"profile\": {\"2011-12\": 1e400}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("profile.2011-12"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most \u00a310^12"));
    }

    @Test
    void aNumberForATextIsRefused() throws Exception {
        mvc.perform(command("{\"id\": \"NI130\", \"title\": 123, \"unit\": \"COUNT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    @Test
    void trueForATextIsRefused() throws Exception {
        mvc.perform(command(with("\"note\": true")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
    }

    @Test
    void aTextForANumberIsRefused() throws Exception {
        mvc.perform(command(with("\"value\": \"12\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"true\"", "1"})
    void anythingButTrueOrFalseForAFlagIsRefused(String flag) throws Exception {
        mvc.perform(command(with("\"inclusive\": " + flag)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("inclusive"));
    }

    @Test
    void aNumberForAnIdentifierOrAnEnumIsRefused() throws Exception {
        mvc.perform(command("{\"id\": 130, \"title\": \"No of people on a personal budget\", \"unit\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("id", "unit")));
    }

    @Test
    void anUnknownFieldIsRefusedByName() throws Exception {
        mvc.perform(command(with("\"colour\": \"red\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("is not a field")));
    }

    @Test
    void anUnknownFieldInsideAValueIsRefusedByItsPath() throws Exception {
        mvc.perform(command(with("\"target\": {\"kind\": \"AT_LEAST\", \"value\": 12000, \"colour\": \"red\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("target.colour"));
    }

    @Test
    void aFieldGivenTwiceIsRefused() throws Exception {
        mvc.perform(command(with("\"note\": \"a\", \"note\": \"b\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void anythingAfterTheBodyIsRefused() throws Exception {
        mvc.perform(command(VALID.formatted("") + " {}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void aTitleLongerThanItsLimitIsRefused() throws Exception {
        mvc.perform(command("{\"id\": \"NI130\", \"title\": \"" + "x".repeat(301) + "\", \"unit\": \"COUNT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 300 characters, not 301"));
    }

    @Test
    void everyProblemOfARequestIsListed() throws Exception {
        mvc.perform(command("{\"id\": \"NI 130\", \"unit\": \"PEOPLE\", \"value\": 1e20, \"colour\": \"red\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "colour", "id", "title", "unit", "value")));
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() throws Exception {
        mvc.perform(command("[1, 2]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("body")));
    }
}
