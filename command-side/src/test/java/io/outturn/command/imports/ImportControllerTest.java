package io.outturn.command.imports;

import io.outturn.command.config.CommandSideTest;
import io.outturn.command.config.ResettableEventStorageEngine;
import io.outturn.events.EventMetadata;
import io.outturn.events.TargetSetEvent;
import io.outturn.values.Decision;
import io.outturn.values.Justification;
import io.outturn.values.ReasonCode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static io.outturn.command.imports.ImportFixtures.BUSINESS_PLAN_FILE;
import static io.outturn.command.imports.ImportFixtures.SAVINGS_FILE;
import static io.outturn.command.imports.ImportFixtures.bytes;
import static io.outturn.command.imports.ImportFixtures.events;
import static io.outturn.command.imports.ImportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import endpoints as the API contract describes them. */
@CommandSideTest
class ImportControllerTest {

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore eventStore;

    @Autowired
    ResettableEventStorageEngine storageEngine;

    @BeforeEach
    void emptyStore() {
        storageEngine.reset();
    }

    @Test
    void aManagerImportsABusinessPlanAndIsToldWhatWasCreated() throws Exception {
        byte[] file = bytes(text(BUSINESS_PLAN_FILE));

        mvc.perform(post("/api/imports/business-plan").with(httpBasic("manager", "manager"))
                        .contentType(TEXT_CSV).content(file))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.file.sha256").value(ImportFile.sha256(file)))
                .andExpect(jsonPath("$.file.rows").value(37))
                .andExpect(jsonPath("$.indicators.created").value(14))
                .andExpect(jsonPath("$.targets.created").value(37))
                .andExpect(jsonPath("$.targets.unchanged").value(0))
                .andExpect(jsonPath("$.lines.created").value(0));
    }

    @Test
    void theActorOnTheEventsIsTheManagerWhoImported() throws Exception {
        mvc.perform(post("/api/imports/business-plan").with(httpBasic("manager", "manager"))
                        .contentType(TEXT_CSV).content(bytes(text(BUSINESS_PLAN_FILE))))
                .andExpect(status().isOk());

        assertThat(events(eventStore, "NI130")).isNotEmpty().allSatisfy(event ->
                assertThat(event.getMetaData()).containsEntry(EventMetadata.ACTOR, "manager"));
    }

    @Test
    void aManagerImportsASavingsProgrammeInThousands() throws Exception {
        mvc.perform(post("/api/imports/savings-programmes/notts-asch-pp-2011-14")
                        .with(httpBasic("manager", "manager"))
                        .param("title", "ASCH&PP savings and efficiencies 2011-14")
                        .param("organisation", "Nottinghamshire County Council")
                        .param("overallTarget", "63833000")
                        .contentType(TEXT_CSV).content(bytes(text(SAVINGS_FILE))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programmes.created").value(1))
                .andExpect(jsonPath("$.lines.created").value(53));
    }

    @Test
    void aRejectedFileIsAProblemDocumentNamingEveryRowAndColumn() throws Exception {
        String csv = "ref,title,service_area,fy2011_12\r\n"
                + "1a,Increased charges - Meals,Adult Social Care,400\r\n"
                + "1b,Increased charges - Transport,Adult Social Care,two hundred\r\n";

        mvc.perform(post("/api/imports/savings-programmes/notts-asch-pp-2011-14")
                        .with(httpBasic("manager", "manager")).contentType(TEXT_CSV).content(bytes(csv)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.type").value("https://outturn.io/problems/validation-failed"))
                .andExpect(jsonPath("$.detail").value("The file was not imported: 1 error in 1 row; nothing was applied"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("fy2011_12"))
                .andExpect(jsonPath("$.errors[0].message").value("'two hundred' is not an amount such as 1,300 or 400"));
        assertThat(events(eventStore, "notts-asch-pp-2011-14")).isEmpty();
    }

    @Test
    void aViewerMayNotImport() throws Exception {
        mvc.perform(post("/api/imports/business-plan").with(httpBasic("viewer", "viewer"))
                        .contentType(TEXT_CSV).content(bytes(text(BUSINESS_PLAN_FILE))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        assertThat(events(eventStore, "NI130")).isEmpty();
    }

    @Test
    void anImportNeedsAuthentication() throws Exception {
        mvc.perform(post("/api/imports/business-plan").contentType(TEXT_CSV).content(bytes(text(BUSINESS_PLAN_FILE))))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anImportIsCsv() throws Exception {
        mvc.perform(post("/api/imports/business-plan").with(httpBasic("manager", "manager"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void unitsOtherThanPoundsOrThousandsAreRejected() throws Exception {
        mvc.perform(post("/api/imports/savings-programmes/notts-asch-pp-2011-14").param("units", "EUR")
                        .with(httpBasic("manager", "manager")).contentType(TEXT_CSV).content(bytes(text(SAVINGS_FILE))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("units"));
    }

    @Test
    void aProgrammeIdThatIsNotPathSafeIsRejected() throws Exception {
        mvc.perform(post("/api/imports/savings-programmes/{pid}", "notts asch")
                        .with(httpBasic("manager", "manager")).contentType(TEXT_CSV).content(bytes(text(SAVINGS_FILE))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    @Test
    void theReasonCodeReasonAndDecisionOfAnImportsRevisionsComeAsParameters() throws Exception {
        mvc.perform(post("/api/imports/business-plan").with(httpBasic("manager", "manager"))
                        .contentType(TEXT_CSV).content(bytes(text(BUSINESS_PLAN_FILE))))
                .andExpect(status().isOk());
        String revised = text(BUSINESS_PLAN_FILE).replace("2011/12,\"12,000\"", "2011/12,\"13,000\"");

        mvc.perform(post("/api/imports/business-plan").with(httpBasic("manager", "manager"))
                        .param("reasonCode", "rebaseline")
                        .param("reason", "Rebaselined: personal budgets for everyone eligible by 2013")
                        .param("decisionReference", "Cabinet 12 March 2011, minute 45")
                        .param("decidedOn", "2011-03-12")
                        .contentType(TEXT_CSV).content(bytes(revised)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets.revised").value(1));

        List<DomainEventMessage<?>> ni130 = events(eventStore, "NI130");
        assertThat(ni130.get(ni130.size() - 1).getPayload()).isInstanceOfSatisfying(TargetSetEvent.class,
                revision -> assertThat(revision.justification()).isEqualTo(new Justification(ReasonCode.REBASELINE,
                        "Rebaselined: personal budgets for everyone eligible by 2013",
                        new Decision("Cabinet 12 March 2011, minute 45", null, LocalDate.of(2011, 3, 12), null))));
    }

    @Test
    void anImportWhoseReasonIsTooShortIsRefusedBeforeAnythingIsApplied() throws Exception {
        mvc.perform(post("/api/imports/business-plan").with(httpBasic("manager", "manager")).param("reason", "x")
                        .contentType(TEXT_CSV).content(bytes(text(BUSINESS_PLAN_FILE))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("REASON_TOO_SHORT"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(events(eventStore, "NI130")).isEmpty();
    }

    @Test
    void anUnknownReasonCodeParameterIsAValidationError() throws Exception {
        mvc.perform(post("/api/imports/business-plan").with(httpBasic("manager", "manager"))
                        .param("reasonCode", "whim")
                        .contentType(TEXT_CSV).content(bytes(text(BUSINESS_PLAN_FILE))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("reasonCode"));
        assertThat(events(eventStore, "NI130")).isEmpty();
    }
}
