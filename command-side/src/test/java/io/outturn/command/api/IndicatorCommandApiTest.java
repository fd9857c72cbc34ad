package io.outturn.command.api;

import io.outturn.command.config.CommandSideTest;
import io.outturn.command.config.ResettableEventStorageEngine;
import io.outturn.events.TargetSetEvent;
import io.outturn.values.ChangeReference;
import io.outturn.values.Target;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.math.BigDecimal;
import java.util.List;

import static io.outturn.command.api.ApiCalls.as;
import static io.outturn.command.api.ApiCalls.asManager;
import static io.outturn.command.api.ApiCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The indicator commands of API.md, as a client uses them, with NI130 "No of people on a personal budget" from
 * Nottinghamshire's ASCH&PP plan 2011-14 (seed 001): baseline 7,000, targets 12,000 (2011-12) and 14,000
 * (2012-13). The clock stands at 20 July 2012: Q1 2012-13 has ended, Q2 has not.
 */
@CommandSideTest
class IndicatorCommandApiTest {

    static final String NI130 = """
            {
              "id": "NI130",
              "title": "No of people on a personal budget",
              "organisation": "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)",
              "serviceGroup": "Personal budgets",
              "leadOfficer": "Group Manager, Customer Access Social Care",
              "framework": "NI",
              "unit": "COUNT",
              "polarity": "HIGHER_IS_BETTER",
              "rollUp": "LATEST",
              "baseline": {"value": 7000, "fy": "2010-11", "note": "Appendix 1"}
            }
            """;

    static final String TWELVE_THOUSAND = """
            {"target": {"kind": "AT_LEAST", "value": 12000}, "printed": "12,000"}
            """;

    static final String CARERS_RAS_ROLL_OUT = """
            {
              "id": "CarersPB-KPI1",
              "title": "Roll out of Carers' RAS to all service areas",
              "organisation": "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)",
              "framework": "LOCAL",
              "unit": "OTHER",
              "polarity": "HIGHER_IS_BETTER",
              "rollUp": "LATEST"
            }
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    ResettableEventStorageEngine eventStore;

    @BeforeEach
    void emptyEventStore() {
        eventStore.reset();
    }

    private ResultActions defineNi130() throws Exception {
        return mvc.perform(json(asManager(post("/api/indicators")), NI130)).andExpect(status().isCreated());
    }

    private ResultActions setTwelveThousandFor2011() throws Exception {
        return mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), TWELVE_THOUSAND))
                .andExpect(status().isOk());
    }

    private long eventsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().count();
    }

    private List<Object> payloadsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    @Nested
    class DefiningAnIndicator {

        @Test
        void answers201WithTheLocationTheVersionAndTheETag() throws Exception {
            mvc.perform(json(asManager(post("/api/indicators")), NI130))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", "/api/indicators/NI130"))
                    .andExpect(header().string("ETag", "\"1\""))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.id").value("NI130"))
                    .andExpect(jsonPath("$.version").value(1))
                    .andExpect(jsonPath("$.changed").value(true));
            assertThat(eventsOf("NI130")).isEqualTo(1);
        }

        @Test
        void definingTheSameIdAgainIsRejectedAsIndicatorExists() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(post("/api/indicators")), NI130))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("INDICATOR_EXISTS"))
                    .andExpect(jsonPath("$.type").value("https://outturn.io/problems/indicator-exists"))
                    .andExpect(jsonPath("$.instance").value("/api/indicators"));
            assertThat(eventsOf("NI130")).isEqualTo(1);
        }

        @Test
        void malformedJsonIsAMalformedRequest() throws Exception {
            mvc.perform(json(asManager(post("/api/indicators")), "{\"id\": \"NI130\", \"title\": \"No of people"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        }

        @Test
        void anUnknownUnitIsRejectedOnTheUnitField() throws Exception {
            mvc.perform(json(asManager(post("/api/indicators")), NI130.replace("\"COUNT\"", "\"PEOPLE\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("unit"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("COUNT")));
        }

        @Test
        void anIdThatIsNotPathSafeIsRejectedOnTheIdField() throws Exception {
            mvc.perform(json(asManager(post("/api/indicators")), NI130.replace("\"NI130\"", "\"NI 130\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("id"));
        }

        @Test
        void aBaselineInAnImpossibleYearIsRejectedOnBaselineFy() throws Exception {
            mvc.perform(json(asManager(post("/api/indicators")), NI130.replace("\"2010-11\"", "\"2010-12\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("baseline.fy"));
        }

        @Test
        void everyMissingRequiredFieldIsListed() throws Exception {
            mvc.perform(json(asManager(post("/api/indicators")), "{\"id\": \"NI130\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                            "title", "organisation", "framework", "unit", "polarity", "rollUp")));
        }

        @Test
        void aTolerancePercentAboveAHundredIsRejected() throws Exception {
            mvc.perform(json(asManager(post("/api/indicators")),
                            NI130.replace("\"rollUp\": \"LATEST\",", "\"rollUp\": \"LATEST\", \"tolerancePercent\": 150,")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("tolerancePercent"));
        }

        @Test
        void withoutCredentialsIsUnauthenticated() throws Exception {
            mvc.perform(json(post("/api/indicators"), NI130))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                    .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
            assertThat(eventsOf("NI130")).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"viewer", "auditor"})
        void viewersAndAuditorsMayNotDefineIndicators(String user) throws Exception {
            mvc.perform(json(as(user, post("/api/indicators")), NI130))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
            assertThat(eventsOf("NI130")).isZero();
        }

        @Test
        void anAdminMayDefineIndicators() throws Exception {
            mvc.perform(json(as("admin", post("/api/indicators")), NI130)).andExpect(status().isCreated());
        }

        @Test
        void aBodyThatIsNotJsonIsAnUnsupportedMediaType() throws Exception {
            mvc.perform(asManager(post("/api/indicators")).contentType(MediaType.TEXT_PLAIN).content("NI130"))
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
        }
    }

    @Nested
    class AmendingAnIndicator {

        static final String NEW_LEAD_OFFICER = """
                {"leadOfficer": "Service Director, Personal Care and Support",
                 "reason": "Restructure of the department, April 2012"}
                """;

        @Test
        void answers200WithTheNextVersion() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(patch("/api/indicators/NI130")).header("If-Match", "\"1\""), NEW_LEAD_OFFICER))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"2\""))
                    .andExpect(jsonPath("$.id").value("NI130"))
                    .andExpect(jsonPath("$.version").value(2))
                    .andExpect(jsonPath("$.changed").value(true));
        }

        @Test
        void anAmendmentWithoutAReasonIsRejected() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(patch("/api/indicators/NI130")),
                            "{\"leadOfficer\": \"Service Director, Personal Care and Support\"}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("REASON_REQUIRED"))
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
            assertThat(eventsOf("NI130")).isEqualTo(1);
        }

        @Test
        void anUnknownIndicatorIsNotFound() throws Exception {
            mvc.perform(json(asManager(patch("/api/indicators/NI999")), NEW_LEAD_OFFICER))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"));
        }

        @Test
        void aStaleIfMatchIsAVersionConflictAndChangesNothing() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(patch("/api/indicators/NI130")).header("If-Match", "\"7\""), NEW_LEAD_OFFICER))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
            assertThat(eventsOf("NI130")).isEqualTo(1);
        }

        @Test
        void anUnreadableIfMatchIsABadRequest() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(patch("/api/indicators/NI130")).header("If-Match", "\"version one\""),
                            NEW_LEAD_OFFICER))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
            assertThat(eventsOf("NI130")).isEqualTo(1);
        }

        @Test
        void aMalformedBodyIsAMalformedRequest() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(patch("/api/indicators/NI130")), "{\"leadOfficer\": }"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        }

        @Test
        void withoutCredentialsIsUnauthenticated() throws Exception {
            mvc.perform(json(patch("/api/indicators/NI130"), NEW_LEAD_OFFICER))
                    .andExpect(status().isUnauthorized());
        }

        @ParameterizedTest
        @ValueSource(strings = {"viewer", "auditor"})
        void viewersAndAuditorsMayNotAmend(String user) throws Exception {
            defineNi130();
            mvc.perform(json(as(user, patch("/api/indicators/NI130")), NEW_LEAD_OFFICER))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
            assertThat(eventsOf("NI130")).isEqualTo(1);
        }
    }

    @Nested
    class SettingATarget {

        @Test
        void theFirstTargetForAYearAnswers200WithTheNextVersion() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), TWELVE_THOUSAND))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"2\""))
                    .andExpect(jsonPath("$.id").value("NI130"))
                    .andExpect(jsonPath("$.version").value(2))
                    .andExpect(jsonPath("$.changed").value(true));
        }

        @Test
        void anAtLeastTargetIsInclusiveUnlessTheClientSaysOtherwise() throws Exception {
            defineNi130();
            setTwelveThousandFor2011();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2012-13")), """
                            {"target": {"kind": "AT_LEAST", "value": 14000, "inclusive": false}, "printed": ">14,000"}
                            """))
                    .andExpect(status().isOk());

            assertThat(payloadsOf("NI130")).filteredOn(TargetSetEvent.class::isInstance)
                    .map(event -> ((TargetSetEvent) event).target())
                    .containsExactly(new Target.AtLeast(new BigDecimal("12000"), true),
                            new Target.AtLeast(new BigDecimal("14000"), false));
        }

        @Test
        void aChangeTargetIsMeasuredAgainstTheBaselineUnlessAYearIsNamed() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), """
                            {"target": {"kind": "CHANGE", "changePercent": 20}, "printed": "+20%"}
                            """))
                    .andExpect(status().isOk());
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2012-13")), """
                            {"target": {"kind": "CHANGE", "changePercent": 10, "reference": "2011-12"}, "printed": "+10%"}
                            """))
                    .andExpect(status().isOk());

            assertThat(payloadsOf("NI130")).filteredOn(TargetSetEvent.class::isInstance)
                    .map(event -> ((TargetSetEvent) event).target())
                    .containsExactly(
                            new Target.Change(new BigDecimal("20"), null, ChangeReference.BASELINE),
                            new Target.Change(new BigDecimal("10"), null, ChangeReference.parse("2011-12")));
        }

        @Test
        void theSameTargetAgainChangesNothing() throws Exception {
            defineNi130();
            setTwelveThousandFor2011();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), TWELVE_THOUSAND))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"2\""))
                    .andExpect(jsonPath("$.version").value(2))
                    .andExpect(jsonPath("$.changed").value(false));
            assertThat(eventsOf("NI130")).isEqualTo(2);
        }

        @Test
        void revisingATargetWithoutAReasonIsRejected() throws Exception {
            defineNi130();
            setTwelveThousandFor2011();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), """
                            {"target": {"kind": "AT_LEAST", "value": 11000}, "printed": "11,000"}
                            """))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("REASON_REQUIRED"))
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
            assertThat(eventsOf("NI130")).isEqualTo(2);
        }

        @Test
        void revisingATargetWithAReasonAndTheCurrentVersionSucceeds() throws Exception {
            defineNi130();
            setTwelveThousandFor2011();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")).header("If-Match", "\"2\""), """
                            {"target": {"kind": "AT_LEAST", "value": 11000}, "printed": "11,000",
                             "reason": "Cabinet agreed a lower target after the Q1 review"}
                            """))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"3\""))
                    .andExpect(jsonPath("$.version").value(3))
                    .andExpect(jsonPath("$.changed").value(true));
        }

        @ParameterizedTest
        @ValueSource(strings = {"W/\"2\"", "2", "*"})
        void weakBareAndWildcardIfMatchAreUnderstood(String ifMatch) throws Exception {
            defineNi130();
            setTwelveThousandFor2011();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2012-13")).header("If-Match", ifMatch), """
                            {"target": {"kind": "AT_LEAST", "value": 14000}, "printed": "14,000"}
                            """))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(3));
        }

        @Test
        void aStaleIfMatchIsAVersionConflictAndChangesNothing() throws Exception {
            defineNi130();
            setTwelveThousandFor2011();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")).header("If-Match", "\"1\""), """
                            {"target": {"kind": "AT_LEAST", "value": 11000}, "printed": "11,000",
                             "reason": "Cabinet agreed a lower target after the Q1 review"}
                            """))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));

            assertThat(eventsOf("NI130")).isEqualTo(2);
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), TWELVE_THOUSAND))
                    .andExpect(jsonPath("$.changed").value(false))
                    .andExpect(jsonPath("$.version").value(2));
        }

        @Test
        void aRangeWithItsLowAboveItsHighIsRejectedOnTargetLow() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), """
                            {"target": {"kind": "RANGE", "low": 14000, "high": 12000}, "printed": "14,000-12,000"}
                            """))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("target.low"));
            assertThat(eventsOf("NI130")).isEqualTo(1);
        }

        @Test
        void anUnknownKindIsRejectedOnTargetKind() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), """
                            {"target": {"kind": "ABOUT", "value": 12000}}
                            """))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("target.kind"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("AT_LEAST")));
        }

        @Test
        void anAtLeastTargetWithoutAValueIsRejectedOnTargetValue() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), """
                            {"target": {"kind": "AT_LEAST"}, "printed": "12,000"}
                            """))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("target.value"));
        }

        @Test
        void aFieldThatDoesNotBelongToTheKindIsRejected() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), """
                            {"target": {"kind": "RANGE", "low": 350, "high": 370, "value": 360}}
                            """))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("target.value"));
        }

        @Test
        void aMissingTargetIsRejectedOnTarget() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), "{\"printed\": \"12,000\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("target"));
        }

        @Test
        void anImpossibleFinancialYearInThePathIsRejectedOnFy() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-13")), TWELVE_THOUSAND))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("fy"));
        }

        @Test
        void anIdThatIsNotPathSafeIsRejectedOnId() throws Exception {
            mvc.perform(json(asManager(put("/api/indicators/{id}/targets/2011-12", "NI 130")), TWELVE_THOUSAND))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("id"));
        }

        @Test
        void malformedJsonIsAMalformedRequest() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2011-12")), "{\"target\": {\"kind\": "))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        }

        @Test
        void anUnknownIndicatorIsNotFound() throws Exception {
            mvc.perform(json(asManager(put("/api/indicators/NI999/targets/2011-12")), TWELVE_THOUSAND))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"))
                    .andExpect(jsonPath("$.type").value("https://outturn.io/problems/indicator-not-found"));
            assertThat(eventsOf("NI999")).isZero();
        }

        @Test
        void withoutCredentialsIsUnauthenticated() throws Exception {
            defineNi130();
            mvc.perform(json(put("/api/indicators/NI130/targets/2011-12"), TWELVE_THOUSAND))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
            assertThat(eventsOf("NI130")).isEqualTo(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"viewer", "auditor"})
        void viewersAndAuditorsMayNotSetTargets(String user) throws Exception {
            defineNi130();
            mvc.perform(json(as(user, put("/api/indicators/NI130/targets/2011-12")), TWELVE_THOUSAND))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
            assertThat(eventsOf("NI130")).isEqualTo(1);
        }
    }

    @Nested
    class WithdrawingATarget {

        @Test
        void withAReasonAnswers200WithTheNextVersion() throws Exception {
            defineNi130();
            setTwelveThousandFor2011();
            mvc.perform(asManager(delete("/api/indicators/NI130/targets/2011-12")
                            .param("reason", "NI130 dropped from the national indicator set")
                            .header("If-Match", "\"2\"")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"3\""))
                    .andExpect(jsonPath("$.version").value(3))
                    .andExpect(jsonPath("$.changed").value(true));
        }

        @Test
        void withoutAReasonIsRejected() throws Exception {
            defineNi130();
            setTwelveThousandFor2011();
            mvc.perform(asManager(delete("/api/indicators/NI130/targets/2011-12")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("REASON_REQUIRED"));
            assertThat(eventsOf("NI130")).isEqualTo(2);
        }

        @Test
        void aYearWithoutATargetIsTargetNotFound() throws Exception {
            defineNi130();
            mvc.perform(asManager(delete("/api/indicators/NI130/targets/2013-14").param("reason", "tidy up")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("TARGET_NOT_FOUND"));
        }

        @Test
        void anUnknownIndicatorIsNotFound() throws Exception {
            mvc.perform(asManager(delete("/api/indicators/NI999/targets/2011-12").param("reason", "tidy up")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"));
        }

        @Test
        void aStaleIfMatchIsAVersionConflictAndChangesNothing() throws Exception {
            defineNi130();
            setTwelveThousandFor2011();
            mvc.perform(asManager(delete("/api/indicators/NI130/targets/2011-12")
                            .param("reason", "NI130 dropped from the national indicator set")
                            .header("If-Match", "\"1\"")))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
            assertThat(eventsOf("NI130")).isEqualTo(2);
        }

        @Test
        void aBadYearIsRejectedOnFy() throws Exception {
            mvc.perform(asManager(delete("/api/indicators/NI130/targets/twenty-eleven").param("reason", "tidy up")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("fy"));
        }

        @Test
        void withoutCredentialsIsUnauthenticated() throws Exception {
            mvc.perform(delete("/api/indicators/NI130/targets/2011-12").param("reason", "tidy up"))
                    .andExpect(status().isUnauthorized());
        }

        @ParameterizedTest
        @ValueSource(strings = {"viewer", "auditor"})
        void viewersAndAuditorsMayNotWithdrawTargets(String user) throws Exception {
            defineNi130();
            setTwelveThousandFor2011();
            mvc.perform(as(user, delete("/api/indicators/NI130/targets/2011-12").param("reason", "tidy up")))
                    .andExpect(status().isForbidden());
            assertThat(eventsOf("NI130")).isEqualTo(2);
        }
    }

    @Nested
    class RecordingAnActual {

        @Test
        void anEndedQuarterAnswers200WithTheNextVersion() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2012-13/Q1")),
                            "{\"value\": 12450, \"note\": \"From the Q1 performance report\"}"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"2\""))
                    .andExpect(jsonPath("$.id").value("NI130"))
                    .andExpect(jsonPath("$.version").value(2))
                    .andExpect(jsonPath("$.changed").value(true));
        }

        @Test
        void aQuarterThatHasNotEndedIsRejected() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2012-13/Q2")), "{\"value\": 13100}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("QUARTER_NOT_ENDED"))
                    .andExpect(jsonPath("$.errors[0].field").value("quarter"));
            assertThat(eventsOf("NI130")).isEqualTo(1);
        }

        @Test
        void theSameValueAgainChangesNothing() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2011-12/Q4")), "{\"value\": 11800}"))
                    .andExpect(status().isOk());
            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2011-12/Q4")), "{\"value\": 11800.0}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(2))
                    .andExpect(jsonPath("$.changed").value(false));
        }

        @Test
        void aCorrectionWithoutAReasonIsRejected() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2011-12/Q4")), "{\"value\": 11800}"))
                    .andExpect(status().isOk());
            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2011-12/Q4")), "{\"value\": 11850}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("REASON_REQUIRED"));
            assertThat(eventsOf("NI130")).isEqualTo(2);
        }

        @Test
        void aCorrectionWithAReasonIsRecorded() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2011-12/Q4")), "{\"value\": 11800}"))
                    .andExpect(status().isOk());
            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2011-12/Q4")).header("If-Match", "\"2\""),
                            "{\"value\": 11850, \"reason\": \"Late returns from two districts\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(3))
                    .andExpect(jsonPath("$.changed").value(true));
        }

        @Test
        void aMissingValueIsRejectedOnValue() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2011-12/Q4")), "{\"note\": \"no figure yet\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("value"));
        }

        @Test
        void aValueThatIsNotANumberIsRejectedOnValue() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2011-12/Q4")), "{\"value\": \"about twelve thousand\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("value"));
        }

        @Test
        void aQuarterThatDoesNotExistIsRejectedOnQuarter() throws Exception {
            defineNi130();
            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2011-12/Q5")), "{\"value\": 11800}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("quarter"))
                    .andExpect(jsonPath("$.errors[0].message").value("'Q5' is not one of Q1, Q2, Q3, Q4"));
        }

        @Test
        void anUnknownIndicatorIsNotFound() throws Exception {
            mvc.perform(json(asManager(put("/api/indicators/NI999/actuals/2011-12/Q4")), "{\"value\": 11800}"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"));
        }

        @Test
        void aStaleIfMatchIsAVersionConflictAndChangesNothing() throws Exception {
            defineNi130();
            setTwelveThousandFor2011();
            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2011-12/Q4")).header("If-Match", "\"1\""),
                            "{\"value\": 11800}"))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
            assertThat(eventsOf("NI130")).isEqualTo(2);
        }

        @Test
        void withoutCredentialsIsUnauthenticated() throws Exception {
            mvc.perform(json(put("/api/indicators/NI130/actuals/2011-12/Q4"), "{\"value\": 11800}"))
                    .andExpect(status().isUnauthorized());
        }

        @ParameterizedTest
        @ValueSource(strings = {"viewer", "auditor"})
        void viewersAndAuditorsMayNotRecordActuals(String user) throws Exception {
            defineNi130();
            mvc.perform(json(as(user, put("/api/indicators/NI130/actuals/2011-12/Q4")), "{\"value\": 11800}"))
                    .andExpect(status().isForbidden());
            assertThat(eventsOf("NI130")).isEqualTo(1);
        }
    }

    @Nested
    class AssessingAMilestone {

        private void defineTheCarersRasRollOutWithItsMilestone() throws Exception {
            mvc.perform(json(asManager(post("/api/indicators")), CARERS_RAS_ROLL_OUT)).andExpect(status().isCreated());
            mvc.perform(json(asManager(put("/api/indicators/CarersPB-KPI1/targets/2011-12")), """
                            {"target": {"kind": "MILESTONE", "description": "Complete roll out"},
                             "printed": "Complete roll out"}
                            """))
                    .andExpect(status().isOk());
        }

        @Test
        void anAssessmentAnswers200WithTheNextVersion() throws Exception {
            defineTheCarersRasRollOutWithItsMilestone();
            mvc.perform(json(asManager(put("/api/indicators/CarersPB-KPI1/milestones/2011-12")),
                            "{\"assessment\": \"ACHIEVED\", \"note\": \"RAS live in all service areas\"}"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"3\""))
                    .andExpect(jsonPath("$.id").value("CarersPB-KPI1"))
                    .andExpect(jsonPath("$.version").value(3))
                    .andExpect(jsonPath("$.changed").value(true));
        }

        @Test
        void aYearWhoseTargetIsNotAMilestoneIsRejected() throws Exception {
            defineNi130();
            setTwelveThousandFor2011();
            mvc.perform(json(asManager(put("/api/indicators/NI130/milestones/2011-12")), "{\"assessment\": \"ACHIEVED\"}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("NOT_A_MILESTONE"));
            assertThat(eventsOf("NI130")).isEqualTo(2);
        }

        @Test
        void anUnknownAssessmentIsRejectedOnAssessment() throws Exception {
            defineTheCarersRasRollOutWithItsMilestone();
            mvc.perform(json(asManager(put("/api/indicators/CarersPB-KPI1/milestones/2011-12")), "{\"assessment\": \"DONE\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("assessment"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("PARTIALLY_ACHIEVED")));
        }

        @Test
        void anUnknownIndicatorIsNotFound() throws Exception {
            mvc.perform(json(asManager(put("/api/indicators/NI999/milestones/2011-12")), "{\"assessment\": \"ACHIEVED\"}"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"));
        }

        @Test
        void aStaleIfMatchIsAVersionConflictAndChangesNothing() throws Exception {
            defineTheCarersRasRollOutWithItsMilestone();
            mvc.perform(json(asManager(put("/api/indicators/CarersPB-KPI1/milestones/2011-12")).header("If-Match", "\"1\""),
                            "{\"assessment\": \"ACHIEVED\"}"))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
            assertThat(eventsOf("CarersPB-KPI1")).isEqualTo(2);
        }

        @Test
        void withoutCredentialsIsUnauthenticated() throws Exception {
            mvc.perform(json(put("/api/indicators/CarersPB-KPI1/milestones/2011-12"), "{\"assessment\": \"ACHIEVED\"}"))
                    .andExpect(status().isUnauthorized());
        }

        @ParameterizedTest
        @ValueSource(strings = {"viewer", "auditor"})
        void viewersAndAuditorsMayNotAssessMilestones(String user) throws Exception {
            defineTheCarersRasRollOutWithItsMilestone();
            mvc.perform(json(as(user, put("/api/indicators/CarersPB-KPI1/milestones/2011-12")), "{\"assessment\": \"ACHIEVED\"}"))
                    .andExpect(status().isForbidden());
            assertThat(eventsOf("CarersPB-KPI1")).isEqualTo(2);
        }
    }
}
