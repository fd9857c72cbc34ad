package io.outturn.web.problem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ProblemAdviceTest {

    @Autowired
    MockMvc mvc;

    private MockHttpServletRequestBuilder command(String json) {
        return post("/api/sample/commands").with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    void malformedJsonIsAMalformedRequest() throws Exception {
        mvc.perform(command("{\"id\": \"NI130\", \"title\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.type").value("https://outturn.io/problems/malformed-request"))
                .andExpect(jsonPath("$.title").value("The request body could not be read"))
                .andExpect(jsonPath("$.instance").value("/api/sample/commands"));
    }

    @Test
    void aBodyCutOffInsideAStringIsAMalformedRequest() throws Exception {
        mvc.perform(command("{\"id\": \"NI130\", \"title\": \"No of people on a pers"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.errors").doesNotExist());
    }

    @Test
    void aBadYearAmongTheKeysOfAProfileGivesTheYearsOwnMessage() throws Exception {
        mvc.perform(command("""
                        {"id": "NI130", "title": "No of people on a personal budget", "unit": "COUNT",
                         "profile": {"2011-12": 1300000, "2012-14": 700000}}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("profile"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("'2012-14' is not a financial year: the years must be consecutive"));
    }

    @Test
    void aMissingBodyIsAMalformedRequest() throws Exception {
        mvc.perform(command(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() throws Exception {
        mvc.perform(command("""
                        {"id": "NI130", "title": "No of people on a personal budget", "unit": "PEOPLE"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("unit"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("COUNT, PERCENT, GBP")));
    }

    @Test
    void aBadFinancialYearInTheBodyNamesTheField() throws Exception {
        mvc.perform(command("""
                        {"id": "NI130", "title": "No of people on a personal budget", "unit": "COUNT", "fy": "2011-13"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("fy"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("consecutive")));
    }

    @Test
    void anIdThatIsNotPathSafeIsRejectedOnTheIdField() throws Exception {
        mvc.perform(command("""
                        {"id": "NI 130/../x", "title": "No of people on a personal budget", "unit": "COUNT"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void anUnknownTargetKindIsRejectedOnTargetKind() throws Exception {
        mvc.perform(command("""
                        {"id": "NI130", "title": "No of people on a personal budget", "unit": "COUNT",
                         "target": {"kind": "ABOUT", "value": 12000}}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("target.kind"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("AT_LEAST")));
    }

    @Test
    void aRangeWithLowAboveHighIsRejectedOnTargetLow() throws Exception {
        mvc.perform(command("""
                        {"id": "NI130", "title": "No of people on a personal budget", "unit": "COUNT",
                         "target": {"kind": "RANGE", "low": 370, "high": 350}}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("target.low"))
                .andExpect(jsonPath("$.errors[0].message").value("low 370 is above high 350"));
    }

    @Test
    void moneyWithFractionsOfAPennyIsRejectedOnItsField() throws Exception {
        mvc.perform(command("""
                        {"id": "NI130", "title": "No of people on a personal budget", "unit": "COUNT", "amount": 400000.005}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("fractions of a penny")));
    }

    @Test
    void missingRequiredFieldsAreListedTogether() throws Exception {
        mvc.perform(command("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("id", "title", "unit")));
    }

    @Test
    void aBadPathVariableIsRejectedOnTheVariableName() throws Exception {
        mvc.perform(get("/api/sample/quarters/2011-12/Q5").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("quarter"))
                .andExpect(jsonPath("$.errors[0].message").value("'Q5' is not one of Q1, Q2, Q3, Q4"));
        mvc.perform(get("/api/sample/quarters/2011-2013/Q1").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fy"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not a financial year")));
    }

    @Test
    void goodPathVariablesAreParsedByTheValueTypes() throws Exception {
        mvc.perform(get("/api/sample/quarters/2011-12/Q2").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fy").value("2011-12"))
                .andExpect(jsonPath("$.quarter").value("Q2"));
    }

    @Test
    void aMissingRequiredParameterIsRejectedOnItsName() throws Exception {
        mvc.perform(get("/api/sample/withdrawals").with(httpBasic("manager", "manager")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void aDomainRejectionKeepsItsCodeStatusAndField() throws Exception {
        mvc.perform(get("/api/sample/rejection").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("REASON_REQUIRED"))
                .andExpect(jsonPath("$.type").value("https://outturn.io/problems/reason-required"))
                .andExpect(jsonPath("$.detail").value("A revision needs a reason"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorThatLeaksNothingButTheCorrelationId() throws Exception {
        mvc.perform(get("/api/sample/failure").with(httpBasic("viewer", "viewer"))
                        .header("X-Correlation-Id", "req-42"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andExpect(jsonPath("$.detail").value(containsString("req-42")))
                .andExpect(jsonPath("$.detail").value(not(containsString("jdbc"))));
    }

    /**
     * Once the status and the first rows have gone out, no problem document can follow: the failure must reach the
     * servlet container, which closes the connection, and nothing may be appended to the rows.
     */
    @Test
    void aFailureAfterTheAnswerHasBegunCutsItShortInsteadOfAppendingAProblem() {
        MockHttpServletResponse[] answered = new MockHttpServletResponse[1];
        assertThatThrownBy(() -> mvc.perform(get("/api/sample/stream").with(httpBasic("viewer", "viewer")))
                .andDo(result -> answered[0] = result.getResponse()))
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("the cursor was lost");
        assertThat(answered[0]).isNull();
    }

    @Test
    void anUnknownPathIsNotFound() throws Exception {
        mvc.perform(get("/api/nothing-here").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void aWrongMethodIsMethodNotAllowed() throws Exception {
        mvc.perform(delete("/api/sample/status").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
    }

    @Test
    void aWrongContentTypeIsUnsupportedMediaType() throws Exception {
        mvc.perform(post("/api/sample/commands").with(httpBasic("manager", "manager"))
                        .contentType(MediaType.TEXT_PLAIN).content("NI130"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void anUnanswerableAcceptIsNotAcceptable() throws Exception {
        mvc.perform(get("/api/sample/status").with(httpBasic("viewer", "viewer")).accept(MediaType.IMAGE_PNG))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.code").value("NOT_ACCEPTABLE"));
    }

    @Test
    void aClientAcceptingOnlyJsonStillGetsTheProblem() throws Exception {
        mvc.perform(get("/api/sample/rejection").with(httpBasic("viewer", "viewer")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("REASON_REQUIRED"));
    }

    @Test
    void twoAppendsToOneAggregateAtOnceAreAVersionConflictNotAnInternalError() throws Exception {
        mvc.perform(get("/api/sample/conflicts/append").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
    }

    @Test
    void twoCreationsOfOneIdAtOnceAreAConflictNotAnInternalError() throws Exception {
        mvc.perform(get("/api/sample/conflicts/creation").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ID_TAKEN"));
    }

    @Test
    void aLibrarysFailureInsideAnIllegalArgumentNamesNoJavaClass() throws Exception {
        mvc.perform(get("/api/sample/overflow").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.detail").value(not(containsString("java."))))
                .andExpect(jsonPath("$.detail").value(not(containsString("Exception"))));
    }
}
