package io.outturn.command.api;

import io.outturn.command.config.CommandSideTest;
import io.outturn.command.config.ResettableEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static io.outturn.command.api.ApiCalls.as;
import static io.outturn.command.api.ApiCalls.asManager;
import static io.outturn.command.api.ApiCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The savings programme commands of API.md, as a client uses them, with the savings and efficiencies programme
 * of Nottinghamshire's ASCH&PP plan 2011-14 (seed 001): a four-year target of £63,833,000; line ref 2 of Adult
 * Social Care, "Reablement & Homecare - service", £1,300,000 / £700,000 / £0. The clock stands at 20 July 2012.
 */
@CommandSideTest
class SavingsProgrammeCommandApiTest {

    static final String PROGRAMME = """
            {
              "id": "asch-pp-2011-14",
              "title": "Savings and efficiencies programme 2011-14",
              "organisation": "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)",
              "financialYears": ["2011-12", "2012-13", "2013-14"],
              "overallTarget": 63833000
            }
            """;

    static final String REABLEMENT_SERVICE = """
            {
              "lineId": "adult-social-care-2",
              "ref": "2",
              "title": "Reablement & Homecare - service",
              "serviceArea": "Adult Social Care",
              "profile": {"2011-12": 1300000, "2012-13": 700000, "2013-14": 0}
            }
            """;

    static final String TRADING_STANDARDS_STAFFING = """
            {
              "lineId": "public-protection-2",
              "ref": "2",
              "title": "Trading Standards – Staffing reductions",
              "serviceArea": "Public Protection",
              "profile": {"2011-12": 520000, "2012-13": 0, "2013-14": 0}
            }
            """;

    static final String MOVED_INTO_2013 = """
            {"profile": {"2011-12": 1300000, "2012-13": 400000, "2013-14": 300000},
             "reason": "Homecare retender slipped: £300,000 moves into 2013-14"}
            """;

    static final String ON_TRACK = """
            {"achievedToDate": 325000, "rag": "GREEN", "note": "Q1 monitoring report"}
            """;

    static final String LINES = "/api/savings-programmes/asch-pp-2011-14/lines";
    static final String REABLEMENT = LINES + "/adult-social-care-2";

    @Autowired
    MockMvc mvc;

    @Autowired
    ResettableEventStorageEngine eventStore;

    @BeforeEach
    void emptyEventStore() {
        eventStore.reset();
    }

    private void createProgramme() throws Exception {
        mvc.perform(json(asManager(post("/api/savings-programmes")), PROGRAMME)).andExpect(status().isCreated());
    }

    private void createProgrammeWithReablement() throws Exception {
        createProgramme();
        mvc.perform(json(asManager(post(LINES)), REABLEMENT_SERVICE)).andExpect(status().isCreated());
    }

    private long events() {
        return eventStore.readEvents("asch-pp-2011-14").asStream().count();
    }

    @Nested
    class CreatingAProgramme {

        @Test
        void answers201WithTheLocationTheVersionAndTheETag() throws Exception {
            mvc.perform(json(asManager(post("/api/savings-programmes")), PROGRAMME))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", "/api/savings-programmes/asch-pp-2011-14"))
                    .andExpect(header().string("ETag", "\"1\""))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.id").value("asch-pp-2011-14"))
                    .andExpect(jsonPath("$.version").value(1))
                    .andExpect(jsonPath("$.changed").value(true));
        }

        @Test
        void creatingTheSameIdAgainIsRejectedAsProgrammeExists() throws Exception {
            createProgramme();
            mvc.perform(json(asManager(post("/api/savings-programmes")), PROGRAMME))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("PROGRAMME_EXISTS"));
            assertThat(events()).isEqualTo(1);
        }

        @Test
        void malformedJsonIsAMalformedRequest() throws Exception {
            mvc.perform(json(asManager(post("/api/savings-programmes")), "{\"id\": \"asch-pp-2011-14\",, }"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        }

        @Test
        void anImpossibleFinancialYearIsRejectedOnItsPlaceInTheList() throws Exception {
            mvc.perform(json(asManager(post("/api/savings-programmes")), PROGRAMME.replace("\"2012-13\"", "\"2012-14\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("financialYears[1]"));
        }

        @Test
        void anIdThatIsNotPathSafeIsRejectedOnId() throws Exception {
            mvc.perform(json(asManager(post("/api/savings-programmes")),
                            PROGRAMME.replace("\"asch-pp-2011-14\"", "\"asch/pp 2011-14\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("id"));
        }

        @Test
        void anOverallTargetInFractionsOfAPennyIsRejected() throws Exception {
            mvc.perform(json(asManager(post("/api/savings-programmes")),
                            PROGRAMME.replace("63833000", "63833000.125")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("overallTarget"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("fractions of a penny")));
        }

        @Test
        void everyMissingRequiredFieldIsListed() throws Exception {
            mvc.perform(json(asManager(post("/api/savings-programmes")), "{\"overallTarget\": 63833000}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                            "id", "title", "organisation", "financialYears")));
        }

        @Test
        void withoutCredentialsIsUnauthenticated() throws Exception {
            mvc.perform(json(post("/api/savings-programmes"), PROGRAMME))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
            assertThat(events()).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"viewer", "auditor"})
        void viewersAndAuditorsMayNotCreateProgrammes(String user) throws Exception {
            mvc.perform(json(as(user, post("/api/savings-programmes")), PROGRAMME))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
            assertThat(events()).isZero();
        }
    }

    @Nested
    class AddingALine {

        @Test
        void answers201WithTheLineLocationAndTheProgrammesNextVersion() throws Exception {
            createProgramme();
            mvc.perform(json(asManager(post(LINES)), REABLEMENT_SERVICE))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", REABLEMENT))
                    .andExpect(header().string("ETag", "\"2\""))
                    .andExpect(jsonPath("$.version").value(2))
                    .andExpect(jsonPath("$.changed").value(true));
        }

        @Test
        void aRefPrintedInAnotherServiceAreaIsADifferentLine() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(post(LINES)), TRADING_STANDARDS_STAFFING))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", LINES + "/public-protection-2"))
                    .andExpect(jsonPath("$.version").value(3));
        }

        @Test
        void theSameLineIdTwiceIsRejected() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(post(LINES)), REABLEMENT_SERVICE))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("SAVINGS_LINE_EXISTS"));
            assertThat(events()).isEqualTo(2);
        }

        @Test
        void aYearOutsideTheProgrammeIsRejected() throws Exception {
            createProgramme();
            mvc.perform(json(asManager(post(LINES)), REABLEMENT_SERVICE.replace("\"2013-14\": 0", "\"2014-15\": 250000")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("FY_NOT_IN_PROGRAMME"));
            assertThat(events()).isEqualTo(1);
        }

        @Test
        void penceAreAllowed() throws Exception {
            createProgramme();
            mvc.perform(json(asManager(post(LINES)), REABLEMENT_SERVICE.replace("700000", "700000.50")))
                    .andExpect(status().isCreated());
        }

        @Test
        void fractionsOfAPennyAreRejectedOnTheYearOfTheProfile() throws Exception {
            createProgramme();
            mvc.perform(json(asManager(post(LINES)), REABLEMENT_SERVICE.replace("700000", "700000.505")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value(containsString("profile")))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("fractions of a penny")));
            assertThat(events()).isEqualTo(1);
        }

        @Test
        void anImpossibleYearInTheProfileIsRejected() throws Exception {
            createProgramme();
            mvc.perform(json(asManager(post(LINES)), REABLEMENT_SERVICE.replace("\"2012-13\"", "\"2012-14\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value(containsString("profile")))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("consecutive")));
        }

        @Test
        void aLineIdThatIsNotPathSafeIsRejectedOnLineId() throws Exception {
            createProgramme();
            mvc.perform(json(asManager(post(LINES)), REABLEMENT_SERVICE.replace("adult-social-care-2", "adult social care/2")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("lineId"));
        }

        @Test
        void anUnknownProgrammeIsNotFound() throws Exception {
            mvc.perform(json(asManager(post("/api/savings-programmes/no-such-programme/lines")), REABLEMENT_SERVICE))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("PROGRAMME_NOT_FOUND"));
        }

        @Test
        void aStaleIfMatchIsAVersionConflictAndChangesNothing() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(post(LINES)).header("If-Match", "\"1\""), TRADING_STANDARDS_STAFFING))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
            assertThat(events()).isEqualTo(2);
        }

        @Test
        void withoutCredentialsIsUnauthenticated() throws Exception {
            mvc.perform(json(post(LINES), REABLEMENT_SERVICE)).andExpect(status().isUnauthorized());
        }

        @ParameterizedTest
        @ValueSource(strings = {"viewer", "auditor"})
        void viewersAndAuditorsMayNotAddLines(String user) throws Exception {
            createProgramme();
            mvc.perform(json(as(user, post(LINES)), REABLEMENT_SERVICE)).andExpect(status().isForbidden());
            assertThat(events()).isEqualTo(1);
        }
    }

    @Nested
    class RevisingALine {

        @Test
        void aNewProfileWithAReasonAnswers200WithTheNextVersion() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(put(REABLEMENT)).header("If-Match", "\"2\""), MOVED_INTO_2013))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"3\""))
                    .andExpect(jsonPath("$.id").value("asch-pp-2011-14"))
                    .andExpect(jsonPath("$.version").value(3))
                    .andExpect(jsonPath("$.changed").value(true));
        }

        @Test
        void theSameProfileAgainChangesNothing() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(put(REABLEMENT)),
                            "{\"profile\": {\"2011-12\": 1300000, \"2012-13\": 700000, \"2013-14\": 0}, \"reason\": \"re-sent\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(2))
                    .andExpect(jsonPath("$.changed").value(false));
        }

        @Test
        void aRevisionWithoutAReasonIsRejected() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(put(REABLEMENT)),
                            "{\"profile\": {\"2011-12\": 1300000, \"2012-13\": 400000, \"2013-14\": 300000}}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("REASON_REQUIRED"));
            assertThat(events()).isEqualTo(2);
        }

        @Test
        void anUnknownLineIsNotFound() throws Exception {
            createProgramme();
            mvc.perform(json(asManager(put(LINES + "/adult-social-care-99")), MOVED_INTO_2013))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("SAVINGS_LINE_NOT_FOUND"));
        }

        @Test
        void anUnknownProgrammeIsNotFound() throws Exception {
            mvc.perform(json(asManager(put("/api/savings-programmes/no-such-programme/lines/adult-social-care-2")),
                            MOVED_INTO_2013))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("PROGRAMME_NOT_FOUND"));
        }

        @Test
        void aWithdrawnLineCannotBeRevised() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(asManager(delete(REABLEMENT).param("reason", "Service transferred to health partner")))
                    .andExpect(status().isOk());
            mvc.perform(json(asManager(put(REABLEMENT)), MOVED_INTO_2013))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("SAVINGS_LINE_WITHDRAWN"));
            assertThat(events()).isEqualTo(3);
        }

        @Test
        void aMissingProfileIsRejectedOnProfile() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(put(REABLEMENT)), "{\"reason\": \"no profile\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("profile"));
        }

        @Test
        void aStaleIfMatchIsAVersionConflictAndChangesNothing() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(put(REABLEMENT)).header("If-Match", "\"1\""), MOVED_INTO_2013))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
            assertThat(events()).isEqualTo(2);
        }

        @Test
        void withoutCredentialsIsUnauthenticated() throws Exception {
            mvc.perform(json(put(REABLEMENT), MOVED_INTO_2013)).andExpect(status().isUnauthorized());
        }

        @ParameterizedTest
        @ValueSource(strings = {"viewer", "auditor"})
        void viewersAndAuditorsMayNotReviseLines(String user) throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(as(user, put(REABLEMENT)), MOVED_INTO_2013)).andExpect(status().isForbidden());
            assertThat(events()).isEqualTo(2);
        }
    }

    @Nested
    class WithdrawingALine {

        @Test
        void withAReasonAnswers200WithTheNextVersion() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(asManager(delete(REABLEMENT).param("reason", "Service transferred to health partner")
                            .header("If-Match", "\"2\"")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"3\""))
                    .andExpect(jsonPath("$.version").value(3))
                    .andExpect(jsonPath("$.changed").value(true));
        }

        @Test
        void withoutAReasonIsRejected() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(asManager(delete(REABLEMENT)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("REASON_REQUIRED"));
            assertThat(events()).isEqualTo(2);
        }

        @Test
        void aLineIdThatIsNotPathSafeIsRejectedOnLineId() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(asManager(delete(LINES + "/{lineId}", "adult social care 2").param("reason", "tidy up")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("lineId"));
            assertThat(events()).isEqualTo(2);
        }

        @Test
        void anUnknownLineIsNotFound() throws Exception {
            createProgramme();
            mvc.perform(asManager(delete(LINES + "/adult-social-care-99").param("reason", "tidy up")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("SAVINGS_LINE_NOT_FOUND"));
        }

        @Test
        void anUnknownProgrammeIsNotFound() throws Exception {
            mvc.perform(asManager(delete("/api/savings-programmes/no-such-programme/lines/adult-social-care-2")
                            .param("reason", "tidy up")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("PROGRAMME_NOT_FOUND"));
        }

        @Test
        void aStaleIfMatchIsAVersionConflictAndChangesNothing() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(asManager(delete(REABLEMENT).param("reason", "Service transferred to health partner")
                            .header("If-Match", "\"1\"")))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
            assertThat(events()).isEqualTo(2);
        }

        @Test
        void withoutCredentialsIsUnauthenticated() throws Exception {
            mvc.perform(delete(REABLEMENT).param("reason", "tidy up")).andExpect(status().isUnauthorized());
        }

        @ParameterizedTest
        @ValueSource(strings = {"viewer", "auditor"})
        void viewersAndAuditorsMayNotWithdrawLines(String user) throws Exception {
            createProgrammeWithReablement();
            mvc.perform(as(user, delete(REABLEMENT).param("reason", "tidy up"))).andExpect(status().isForbidden());
            assertThat(events()).isEqualTo(2);
        }
    }

    @Nested
    class RecordingDelivery {

        static final String Q1_2012 = REABLEMENT + "/delivery/2012-13/Q1";

        @Test
        void anEndedQuarterAnswers200WithTheNextVersion() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(put(Q1_2012)), ON_TRACK))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"3\""))
                    .andExpect(jsonPath("$.version").value(3))
                    .andExpect(jsonPath("$.changed").value(true));
        }

        @Test
        void theSameReportAgainChangesNothing() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(put(Q1_2012)), ON_TRACK)).andExpect(status().isOk());
            mvc.perform(json(asManager(put(Q1_2012)), ON_TRACK))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(3))
                    .andExpect(jsonPath("$.changed").value(false));
        }

        @Test
        void aQuarterThatHasNotEndedIsRejected() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(put(REABLEMENT + "/delivery/2012-13/Q2")), ON_TRACK))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("QUARTER_NOT_ENDED"));
            assertThat(events()).isEqualTo(2);
        }

        @Test
        void aYearOutsideTheProgrammeIsRejected() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(put(REABLEMENT + "/delivery/2010-11/Q4")), ON_TRACK))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("FY_NOT_IN_PROGRAMME"));
        }

        @Test
        void anUnknownRagIsRejectedOnRag() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(put(Q1_2012)), ON_TRACK.replace("GREEN", "BLUE")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("rag"));
        }

        @Test
        void missingFiguresAreListed() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(put(Q1_2012)), "{\"note\": \"nothing yet\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("achievedToDate", "rag")));
        }

        @Test
        void aBadQuarterIsRejectedOnQuarter() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(put(REABLEMENT + "/delivery/2012-13/Q0")), ON_TRACK))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("quarter"));
        }

        @Test
        void anUnknownLineIsNotFound() throws Exception {
            createProgramme();
            mvc.perform(json(asManager(put(LINES + "/adult-social-care-99/delivery/2012-13/Q1")), ON_TRACK))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("SAVINGS_LINE_NOT_FOUND"));
        }

        @Test
        void anUnknownProgrammeIsNotFound() throws Exception {
            mvc.perform(json(asManager(put("/api/savings-programmes/no-such-programme/lines/adult-social-care-2/delivery/2012-13/Q1")),
                            ON_TRACK))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("PROGRAMME_NOT_FOUND"));
        }

        @Test
        void aStaleIfMatchIsAVersionConflictAndChangesNothing() throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(asManager(put(Q1_2012)).header("If-Match", "\"1\""), ON_TRACK))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
            assertThat(events()).isEqualTo(2);
        }

        @Test
        void withoutCredentialsIsUnauthenticated() throws Exception {
            mvc.perform(json(put(Q1_2012), ON_TRACK)).andExpect(status().isUnauthorized());
        }

        @ParameterizedTest
        @ValueSource(strings = {"viewer", "auditor"})
        void viewersAndAuditorsMayNotRecordDelivery(String user) throws Exception {
            createProgrammeWithReablement();
            mvc.perform(json(as(user, put(Q1_2012)), ON_TRACK)).andExpect(status().isForbidden());
            assertThat(events()).isEqualTo(2);
        }
    }
}
