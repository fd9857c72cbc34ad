package io.outturn.command.api;

import io.outturn.command.config.CommandSideTest;
import io.outturn.command.config.ResettableEventStorageEngine;
import io.outturn.events.EventMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.outturn.command.api.ApiCalls.as;
import static io.outturn.command.api.ApiCalls.asManager;
import static io.outturn.command.api.ApiCalls.json;
import static io.outturn.command.api.IndicatorCommandApiTest.NI130;
import static io.outturn.command.api.SavingsProgrammeCommandApiTest.PROGRAMME;
import static io.outturn.command.api.SavingsProgrammeCommandApiTest.REABLEMENT_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A council's service managers own their own service's indicators (issue 9, point 12: roles were global, so any
 * manager could change any organisation's indicators). {@code asch-manager} is restricted to seed 001's
 * organisation, Nottinghamshire's Adult Social Care, Health and Public Protection; {@code manager} is not
 * restricted at all, as every user was before.
 */
@CommandSideTest
class OrganisationScopeApiTest {

    private static final String CAMBRIDGESHIRE = "Cambridgeshire County Council - Social Services Department";
    private static final String C22 = NI130.replace("\"NI130\"", "\"C22\"")
            .replace("Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)",
                    CAMBRIDGESHIRE);

    @Autowired
    MockMvc mvc;

    @Autowired
    ResettableEventStorageEngine eventStore;

    @BeforeEach
    void emptyEventStore() {
        eventStore.reset();
    }

    private long eventsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().count();
    }

    @Test
    void aScopedManagerChangesItsOwnOrganisationsIndicators() throws Exception {
        mvc.perform(json(as("asch-manager", post("/api/indicators")), NI130)).andExpect(status().isCreated());
        mvc.perform(json(as("asch-manager", put("/api/indicators/NI130/targets/2011-12")),
                        "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 12000}, \"printed\": \"12,000\"}"))
                .andExpect(status().isOk());

        assertThat(eventStore.readEvents("NI130").asStream().toList()).last().satisfies(event ->
                assertThat(event.getMetaData()).containsEntry(EventMetadata.ACTOR, "asch-manager")
                        .doesNotContainKey("organisationScope"));
    }

    @Test
    void aScopedManagerCannotTouchAnotherOrganisationsIndicator() throws Exception {
        mvc.perform(json(asManager(post("/api/indicators")), C22)).andExpect(status().isCreated());

        mvc.perform(json(as("asch-manager", put("/api/indicators/C22/targets/2011-12")),
                        "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 90}, \"reason\": \"x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUTSIDE_SCOPE"));
        mvc.perform(json(as("asch-manager", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .patch("/api/indicators/C22")), "{\"title\": \"Mine now\", \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        assertThat(eventsOf("C22")).isEqualTo(1);
    }

    @Test
    void aScopedManagerCannotDefineForAnotherOrganisation() throws Exception {
        mvc.perform(json(as("asch-manager", post("/api/indicators")), C22))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUTSIDE_SCOPE"));
        assertThat(eventsOf("C22")).isZero();
    }

    @Test
    void aScopedManagerCannotTouchAnotherOrganisationsSavingsProgramme() throws Exception {
        String cambridgeshire = PROGRAMME.replace(
                "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)",
                CAMBRIDGESHIRE);
        mvc.perform(json(asManager(post("/api/savings-programmes")), cambridgeshire)).andExpect(status().isCreated());

        mvc.perform(json(as("asch-manager", post("/api/savings-programmes/asch-pp-2011-14/lines")), REABLEMENT_SERVICE))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUTSIDE_SCOPE"));
        assertThat(eventsOf("asch-pp-2011-14")).isEqualTo(1);
    }

    @Test
    void anUnscopedManagerKeepsEveryOrganisation() throws Exception {
        mvc.perform(json(asManager(post("/api/indicators")), C22)).andExpect(status().isCreated());
        mvc.perform(json(asManager(post("/api/indicators")), NI130)).andExpect(status().isCreated());
        mvc.perform(json(asManager(put("/api/indicators/C22/targets/2011-12")),
                        "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 90}}"))
                .andExpect(status().isOk());
    }
}
