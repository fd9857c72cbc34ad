package io.outturn.command.api;

import io.outturn.command.config.CommandSideTest;
import io.outturn.command.config.CommandSideTestConfiguration;
import io.outturn.command.config.ResettableEventStorageEngine;
import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.EventMetadata;
import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.values.Decision;
import io.outturn.values.Justification;
import io.outturn.values.ReasonCode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.outturn.command.api.ApiCalls.asManager;
import static io.outturn.command.api.ApiCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Why a change was made and when it took effect, as clients send them (API.md, "Justifying a change"): a
 * {@code reasonCode}, a {@code reason}, the {@code decision} and {@code effectiveFrom} in a body, or as query
 * parameters on a {@code DELETE}; and clients written before them, which send only {@code reason}. Seed 001's
 * example: NI130's 2011-12 target of 12,000, set with the plan, revised by Cabinet on 12 March 2011, minute 45.
 * The clock stands at 20 July 2012, 09:00 UTC.
 */
@CommandSideTest
class JustificationApiTest {

    static final String NI130 = IndicatorCommandApiTest.NI130;
    static final String TARGET_2011_12 = "/api/indicators/NI130/targets/2011-12";

    /** The plan's target, effective from February 2011, when Full Council agreed the budget behind the plan. */
    static final String TWELVE_THOUSAND_WITH_THE_PLAN = """
            {"target": {"kind": "AT_LEAST", "value": 12000}, "printed": "12,000", "effectiveFrom": "2011-02-01"}
            """;

    static final String REBASELINED_BY_CABINET = """
            {"target": {"kind": "AT_LEAST", "value": 13000}, "printed": "13,000",
             "reasonCode": "REBASELINE",
             "reason": "Rebaselined: personal budgets for everyone eligible by 2013",
             "decision": {"reference": "Cabinet 12 March 2011, minute 45", "decidedBy": "Cabinet",
                          "decidedOn": "2011-03-12",
                          "uri": "https://www.nottinghamshire.gov.uk/dms/Meetings/tabid/70/ctl/ViewMeetingPublic"},
             "effectiveFrom": "2011-03-12"}
            """;

    static final Decision CABINET_MINUTE_45 = new Decision("Cabinet 12 March 2011, minute 45", "Cabinet",
            LocalDate.of(2011, 3, 12),
            URI.create("https://www.nottinghamshire.gov.uk/dms/Meetings/tabid/70/ctl/ViewMeetingPublic"));

    @Autowired
    MockMvc mvc;

    @Autowired
    ResettableEventStorageEngine eventStore;

    @BeforeEach
    void emptyEventStore() {
        eventStore.reset();
    }

    private List<? extends DomainEventMessage<?>> eventsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().toList();
    }

    private DomainEventMessage<?> lastEventOf(String aggregateId) {
        List<? extends DomainEventMessage<?>> events = eventsOf(aggregateId);
        return events.get(events.size() - 1);
    }

    private void ni130WithThePlansTarget() throws Exception {
        mvc.perform(json(asManager(post("/api/indicators")), NI130)).andExpect(status().isCreated());
        mvc.perform(json(asManager(put(TARGET_2011_12)), TWELVE_THOUSAND_WITH_THE_PLAN)).andExpect(status().isOk());
    }

    @Nested
    class RevisingATarget {

        @Test
        void theSeedExampleRecordsTheCodeTheReasonTheDecisionAndWhenItTookEffect() throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(json(asManager(put(TARGET_2011_12)).header("If-Match", "\"2\""), REBASELINED_BY_CABINET))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(3));

            DomainEventMessage<?> revision = lastEventOf("NI130");
            assertThat(revision.getPayload()).isInstanceOfSatisfying(TargetSetEvent.class, set -> {
                assertThat(set.justification()).isEqualTo(new Justification(ReasonCode.REBASELINE,
                        "Rebaselined: personal budgets for everyone eligible by 2013", CABINET_MINUTE_45));
                assertThat(set.effectiveFrom()).isEqualTo(Instant.parse("2011-03-12T00:00:00Z"));
            });
            assertThat(revision.getMetaData())
                    .containsEntry(EventMetadata.REASON, "Rebaselined: personal budgets for everyone eligible by 2013");
        }

        @Test
        void aClientThatSendsOnlyAReasonKeepsWorkingWithTheCodeOther() throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(json(asManager(put(TARGET_2011_12)), """
                            {"target": {"kind": "AT_LEAST", "value": 11000}, "printed": "11,000",
                             "reason": "Cabinet agreed a lower target after the Q1 review"}
                            """))
                    .andExpect(status().isOk());

            assertThat(lastEventOf("NI130").getPayload()).isInstanceOfSatisfying(TargetSetEvent.class, set -> {
                assertThat(set.justification())
                        .isEqualTo(Justification.other("Cabinet agreed a lower target after the Q1 review"));
                assertThat(set.effectiveFrom()).isEqualTo(CommandSideTestConfiguration.NOW);
            });
        }

        @Test
        void theReasonCodeIsReadInAnyLetterCase() throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(json(asManager(put(TARGET_2011_12)),
                            REBASELINED_BY_CABINET.replace("\"REBASELINE\"", "\"Rebaseline\"")))
                    .andExpect(status().isOk());

            assertThat(((TargetSetEvent) lastEventOf("NI130").getPayload()).justification().code())
                    .isEqualTo(ReasonCode.REBASELINE);
        }

        @Test
        void aDateTakesEffectAtMidnightInTheUkEvenInSummerTime() throws Exception {
            mvc.perform(json(asManager(post("/api/indicators")), NI130)).andExpect(status().isCreated());

            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2012-13")), """
                            {"target": {"kind": "AT_LEAST", "value": 14000}, "printed": "14,000",
                             "effectiveFrom": "2012-07-01"}
                            """))
                    .andExpect(status().isOk());

            assertThat(((TargetSetEvent) lastEventOf("NI130").getPayload()).effectiveFrom())
                    .isEqualTo(Instant.parse("2012-06-30T23:00:00Z"));
        }

        @Test
        void anInstantWithAnOffsetIsThatInstant() throws Exception {
            mvc.perform(json(asManager(post("/api/indicators")), NI130)).andExpect(status().isCreated());

            mvc.perform(json(asManager(put("/api/indicators/NI130/targets/2012-13")), """
                            {"target": {"kind": "AT_LEAST", "value": 14000}, "printed": "14,000",
                             "effectiveFrom": "2012-03-01T19:30:00+00:00"}
                            """))
                    .andExpect(status().isOk());

            assertThat(((TargetSetEvent) lastEventOf("NI130").getPayload()).effectiveFrom())
                    .isEqualTo(Instant.parse("2012-03-01T19:30:00Z"));
        }

        @Test
        void anUnknownReasonCodeIsAValidationErrorNamingTheCodes() throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(json(asManager(put(TARGET_2011_12)),
                            REBASELINED_BY_CABINET.replace("\"REBASELINE\"", "\"WHIM\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("reasonCode"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("REBASELINE, POLICY_CHANGE")));
            assertThat(eventsOf("NI130")).hasSize(2);
        }

        @ParameterizedTest
        @ValueSource(strings = {"12 March 2011", "2011-03-32", "yesterday"})
        void anEffectiveFromThatIsNeitherAnInstantNorADateIsAValidationError(String effectiveFrom) throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(json(asManager(put(TARGET_2011_12)),
                            REBASELINED_BY_CABINET.replace("\"2011-03-12\"}", "\"" + effectiveFrom + "\"}")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
            assertThat(eventsOf("NI130")).hasSize(2);
        }

        @Test
        void aDecisionWithARelativeLinkIsAValidationError() throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(json(asManager(put(TARGET_2011_12)), REBASELINED_BY_CABINET.replace(
                            "https://www.nottinghamshire.gov.uk/dms/Meetings/tabid/70/ctl/ViewMeetingPublic",
                            "/dms/Meetings")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("decision"));
        }

        @Test
        void aDecisionWithoutItsReferenceIsAValidationError() throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(json(asManager(put(TARGET_2011_12)), REBASELINED_BY_CABINET.replace(
                            "\"reference\": \"Cabinet 12 March 2011, minute 45\", ", "")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("decision"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"x", "import"})
        void aReasonShorterThanTenCharactersIsRefused(String reason) throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(json(asManager(put(TARGET_2011_12)), """
                            {"target": {"kind": "AT_LEAST", "value": 11000}, "printed": "11,000", "reason": "%s"}
                            """.formatted(reason)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("REASON_TOO_SHORT"))
                    .andExpect(jsonPath("$.type").value("https://outturn.io/problems/reason-too-short"))
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
            assertThat(eventsOf("NI130")).hasSize(2);
        }

        @Test
        void aCodeThatDoesNotFitATargetIsRefused() throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(json(asManager(put(TARGET_2011_12)),
                            REBASELINED_BY_CABINET.replace("\"REBASELINE\"", "\"REPHASING\"")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("REASON_CODE_NOT_APPLICABLE"))
                    .andExpect(jsonPath("$.errors[0].field").value("reasonCode"));
            assertThat(eventsOf("NI130")).hasSize(2);
        }

        @Test
        void aTargetCannotTakeEffectLaterThanNow() throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(json(asManager(put(TARGET_2011_12)),
                            REBASELINED_BY_CABINET.replace("\"2011-03-12\"}", "\"2012-07-21\"}")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("EFFECTIVE_FROM_IN_FUTURE"))
                    .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
            assertThat(eventsOf("NI130")).hasSize(2);
        }

        @Test
        void aRevisionCannotTakeEffectBeforeTheTargetItReplaces() throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(json(asManager(put(TARGET_2011_12)),
                            REBASELINED_BY_CABINET.replace("\"2011-03-12\"}", "\"2011-01-31\"}")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("EFFECTIVE_FROM_BEFORE_PREVIOUS"))
                    .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
            assertThat(eventsOf("NI130")).hasSize(2);
        }
    }

    @Nested
    class WithdrawingATarget {

        @Test
        void theJustificationAndEffectiveDateComeAsQueryParameters() throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(asManager(delete(TARGET_2011_12)
                            .param("reason", "National indicator set abolished")
                            .param("reasonCode", "policy_change")
                            .param("decisionReference", "Cabinet 12 March 2011, minute 45")
                            .param("decidedBy", "Cabinet")
                            .param("decidedOn", "2011-03-12")
                            .param("decisionUri",
                                    "https://www.nottinghamshire.gov.uk/dms/Meetings/tabid/70/ctl/ViewMeetingPublic")
                            .param("effectiveFrom", "2011-03-12")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(3));

            assertThat(lastEventOf("NI130").getPayload()).isInstanceOfSatisfying(TargetWithdrawnEvent.class,
                    withdrawn -> {
                        assertThat(withdrawn.justification()).isEqualTo(new Justification(ReasonCode.POLICY_CHANGE,
                                "National indicator set abolished", CABINET_MINUTE_45));
                        assertThat(withdrawn.effectiveFrom()).isEqualTo(Instant.parse("2011-03-12T00:00:00Z"));
                    });
        }

        @Test
        void aClientThatSendsOnlyAReasonKeepsWorkingWithTheCodeOther() throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(asManager(delete(TARGET_2011_12).param("reason", "NI130 dropped from the national set")))
                    .andExpect(status().isOk());

            assertThat(lastEventOf("NI130").getPayload()).isInstanceOfSatisfying(TargetWithdrawnEvent.class,
                    withdrawn -> assertThat(withdrawn.justification())
                            .isEqualTo(Justification.other("NI130 dropped from the national set")));
        }

        @Test
        void aDecisionWithoutItsReferenceIsAValidationErrorOnTheReference() throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(asManager(delete(TARGET_2011_12).param("reason", "National indicator set abolished")
                            .param("decidedBy", "Cabinet")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("decisionReference"));
            assertThat(eventsOf("NI130")).hasSize(2);
        }

        @ParameterizedTest
        @ValueSource(strings = {"reasonCode=WHIM", "decidedOn=12-03-2011", "decisionUri=minutes.pdf",
                "effectiveFrom=March"})
        void aParameterItsTypeRefusesIsAValidationErrorNamingIt(String parameter) throws Exception {
            ni130WithThePlansTarget();
            String[] nameAndValue = parameter.split("=");

            mvc.perform(asManager(delete(TARGET_2011_12).param("reason", "National indicator set abolished")
                            .param("decisionReference", "Cabinet 12 March 2011, minute 45")
                            .param(nameAndValue[0], nameAndValue[1])))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value(nameAndValue[0]));
            assertThat(eventsOf("NI130")).hasSize(2);
        }

        @Test
        void aWithdrawalCannotTakeEffectBeforeTheTargetDid() throws Exception {
            ni130WithThePlansTarget();

            mvc.perform(asManager(delete(TARGET_2011_12).param("reason", "National indicator set abolished")
                            .param("effectiveFrom", "2010-04-01")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("EFFECTIVE_FROM_BEFORE_PREVIOUS"));
        }
    }

    @Nested
    class AmendingAndCorrecting {

        @Test
        void anAmendmentOfWhatIsCountedIsADefinitionChange() throws Exception {
            mvc.perform(json(asManager(post("/api/indicators")), NI130)).andExpect(status().isCreated());

            mvc.perform(json(asManager(patch("/api/indicators/NI130")), """
                            {"title": "People with a personal budget or a direct payment",
                             "reasonCode": "definition_change",
                             "reason": "Direct payments are now counted as personal budgets"}
                            """))
                    .andExpect(status().isOk());

            assertThat(lastEventOf("NI130").getPayload()).isInstanceOfSatisfying(IndicatorAmendedEvent.class,
                    amended -> assertThat(amended.justification()).isEqualTo(new Justification(
                            ReasonCode.DEFINITION_CHANGE, "Direct payments are now counted as personal budgets",
                            null)));
        }

        @Test
        void aCorrectionRecordsItsCodeAndWhenTheRestatedFigureWasPublished() throws Exception {
            mvc.perform(json(asManager(post("/api/indicators")), NI130)).andExpect(status().isCreated());
            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2012-13/Q1")),
                            "{\"value\": 12480, \"effectiveFrom\": \"2012-07-06\"}"))
                    .andExpect(status().isOk());

            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2012-13/Q1")), """
                            {"value": 12520, "reasonCode": "DATA_RESTATEMENT",
                             "reason": "Late returns from Bassetlaw included", "effectiveFrom": "2012-07-13"}
                            """))
                    .andExpect(status().isOk());

            assertThat(lastEventOf("NI130").getPayload()).isInstanceOfSatisfying(ActualCorrectedEvent.class,
                    corrected -> {
                        assertThat(corrected.justification()).isEqualTo(new Justification(
                                ReasonCode.DATA_RESTATEMENT, "Late returns from Bassetlaw included", null));
                        assertThat(corrected.effectiveFrom()).isEqualTo(Instant.parse("2012-07-12T23:00:00Z"));
                    });
        }

        @Test
        void aCorrectionCannotTakeEffectBeforeTheFigureItCorrects() throws Exception {
            mvc.perform(json(asManager(post("/api/indicators")), NI130)).andExpect(status().isCreated());
            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2012-13/Q1")),
                            "{\"value\": 12480, \"effectiveFrom\": \"2012-07-06\"}"))
                    .andExpect(status().isOk());

            mvc.perform(json(asManager(put("/api/indicators/NI130/actuals/2012-13/Q1")), """
                            {"value": 12520, "reason": "Late returns from Bassetlaw included",
                             "effectiveFrom": "2012-07-01"}
                            """))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("EFFECTIVE_FROM_BEFORE_PREVIOUS"));
        }
    }

    @Nested
    class SavingsLines {

        static final String PROGRAMME = SavingsProgrammeCommandApiTest.PROGRAMME;
        static final String LINES = SavingsProgrammeCommandApiTest.LINES;
        static final String REABLEMENT = SavingsProgrammeCommandApiTest.REABLEMENT;
        static final String PROGRAMME_ID = "asch-pp-2011-14";

        private void programmeWithReablementFromTheBudget() throws Exception {
            mvc.perform(json(asManager(post("/api/savings-programmes")), PROGRAMME)).andExpect(status().isCreated());
            mvc.perform(json(asManager(post(LINES)), """
                            {"lineId": "adult-social-care-2", "ref": "2", "title": "Reablement & Homecare - service",
                             "serviceArea": "Adult Social Care",
                             "profile": {"2011-12": 1300000, "2012-13": 700000, "2013-14": 0},
                             "effectiveFrom": "2011-02-01"}
                            """))
                    .andExpect(status().isCreated());
        }

        @Test
        void aLineTakesEffectWhenTheRequestSays() throws Exception {
            programmeWithReablementFromTheBudget();

            assertThat(lastEventOf(PROGRAMME_ID).getPayload()).isInstanceOfSatisfying(SavingsLineAddedEvent.class,
                    added -> assertThat(added.effectiveFrom()).isEqualTo(Instant.parse("2011-02-01T00:00:00Z")));
        }

        @Test
        void movingSavingsBetweenYearsIsRephasingWithItsDecision() throws Exception {
            programmeWithReablementFromTheBudget();

            mvc.perform(json(asManager(put(REABLEMENT)), """
                            {"profile": {"2011-12": 1300000, "2012-13": 400000, "2013-14": 300000},
                             "reasonCode": "REPHASING",
                             "reason": "Homecare retender slipped: £300,000 moves into 2013-14",
                             "decision": {"reference": "Cabinet 7 December 2011, minute 112"},
                             "effectiveFrom": "2011-12-07"}
                            """))
                    .andExpect(status().isOk());

            assertThat(lastEventOf(PROGRAMME_ID).getPayload()).isInstanceOfSatisfying(SavingsLineRevisedEvent.class,
                    revised -> {
                        assertThat(revised.justification()).isEqualTo(new Justification(ReasonCode.REPHASING,
                                "Homecare retender slipped: £300,000 moves into 2013-14",
                                new Decision("Cabinet 7 December 2011, minute 112", null, null, null)));
                        assertThat(revised.effectiveFrom()).isEqualTo(Instant.parse("2011-12-07T00:00:00Z"));
                    });
        }

        @Test
        void aRevisionThatSavesLessIsNotRephasing() throws Exception {
            programmeWithReablementFromTheBudget();

            mvc.perform(json(asManager(put(REABLEMENT)), """
                            {"profile": {"2011-12": 1300000, "2012-13": 400000, "2013-14": 0},
                             "reasonCode": "REPHASING", "reason": "Homecare retender saves less than planned"}
                            """))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("REASON_CODE_NOT_APPLICABLE"))
                    .andExpect(jsonPath("$.errors[0].field").value("reasonCode"));
        }

        @Test
        void aClientThatSendsOnlyAReasonKeepsWorkingWithTheCodeOther() throws Exception {
            programmeWithReablementFromTheBudget();

            mvc.perform(json(asManager(put(REABLEMENT)), SavingsProgrammeCommandApiTest.MOVED_INTO_2013))
                    .andExpect(status().isOk());

            assertThat(((SavingsLineRevisedEvent) lastEventOf(PROGRAMME_ID).getPayload()).justification())
                    .isEqualTo(Justification.other("Homecare retender slipped: £300,000 moves into 2013-14"));
        }

        @Test
        void aWithdrawalTakesItsJustificationAsQueryParameters() throws Exception {
            programmeWithReablementFromTheBudget();

            mvc.perform(asManager(delete(REABLEMENT).param("reason", "Service transferred to health partner")
                            .param("reasonCode", "POLICY_CHANGE")
                            .param("decisionReference", "Cabinet 7 December 2011, minute 112")
                            .param("effectiveFrom", "2012-04-01")))
                    .andExpect(status().isOk());

            assertThat(lastEventOf(PROGRAMME_ID).getPayload()).isInstanceOfSatisfying(SavingsLineWithdrawnEvent.class,
                    withdrawn -> {
                        assertThat(withdrawn.justification()).isEqualTo(new Justification(ReasonCode.POLICY_CHANGE,
                                "Service transferred to health partner",
                                new Decision("Cabinet 7 December 2011, minute 112", null, null, null)));
                        assertThat(withdrawn.effectiveFrom()).isEqualTo(Instant.parse("2012-03-31T23:00:00Z"));
                    });
        }

        @Test
        void deliveryTakesEffectWhenItsFigureWasPublished() throws Exception {
            programmeWithReablementFromTheBudget();

            mvc.perform(json(asManager(put(REABLEMENT + "/delivery/2012-13/Q1")),
                            "{\"achievedToDate\": 325000, \"rag\": \"GREEN\", \"effectiveFrom\": \"2012-07-10\"}"))
                    .andExpect(status().isOk());

            assertThat(lastEventOf(PROGRAMME_ID).getPayload()).isInstanceOfSatisfying(
                    SavingsDeliveryRecordedEvent.class,
                    delivered -> assertThat(delivered.effectiveFrom()).isEqualTo(Instant.parse("2012-07-09T23:00:00Z")));
        }

        @Test
        void aLineCannotTakeEffectLaterThanNow() throws Exception {
            mvc.perform(json(asManager(post("/api/savings-programmes")), PROGRAMME)).andExpect(status().isCreated());

            mvc.perform(json(asManager(post(LINES)), SavingsProgrammeCommandApiTest.REABLEMENT_SERVICE
                            .replace("\"ref\": \"2\",", "\"ref\": \"2\", \"effectiveFrom\": \"2013-04-01\",")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("EFFECTIVE_FROM_IN_FUTURE"));
        }
    }
}
