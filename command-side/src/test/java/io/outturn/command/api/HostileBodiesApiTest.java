package io.outturn.command.api;

import io.outturn.command.config.CommandSideTest;
import io.outturn.command.config.ResettableEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.outturn.command.api.ApiCalls.as;
import static io.outturn.command.api.ApiCalls.asManager;
import static io.outturn.command.api.ApiCalls.json;
import static io.outturn.command.api.IndicatorCommandApiTest.NI130;
import static io.outturn.command.api.SavingsProgrammeCommandApiTest.PROGRAMME;
import static io.outturn.command.api.SavingsProgrammeCommandApiTest.REABLEMENT_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a hostile or careless client sent to the command API in issue 9, refused at the edge before any command
 * is built: nothing of it reaches the event store.
 */
@CommandSideTest
class HostileBodiesApiTest {

    private static final String TARGET = "/api/indicators/NI130/targets/2011-12";
    private static final String DELIVERY =
            "/api/savings-programmes/asch-pp-2011-14/lines/adult-social-care-2/delivery/2011-12/Q1";

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

    private void defineNi130() throws Exception {
        mvc.perform(json(asManager(post("/api/indicators")), NI130)).andExpect(status().isCreated());
    }

    private void createProgrammeWithReablement() throws Exception {
        mvc.perform(json(asManager(post("/api/savings-programmes")), PROGRAMME)).andExpect(status().isCreated());
        mvc.perform(json(asManager(post("/api/savings-programmes/asch-pp-2011-14/lines")), REABLEMENT_SERVICE))
                .andExpect(status().isCreated());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e100000", "1e10000000", "-1e13", "12000.0000001"})
    void aTargetOfAHugeOrOverPreciseNumberIsRefused(String value) throws Exception {
        defineNi130();
        mvc.perform(json(asManager(put(TARGET)),
                        "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": " + value + "}, \"reason\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("target.value"));
        assertThat(eventsOf("NI130")).isEqualTo(1);
    }

    @Test
    void aNumberOfHalfAMillionDigitsIsRefusedWhileTheBodyIsRead() throws Exception {
        defineNi130();
        mvc.perform(json(asManager(put(TARGET)),
                        "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": " + "9".repeat(500_000) + "}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("target.value"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("exceeds the maximum allowed")));
        assertThat(eventsOf("NI130")).isEqualTo(1);
    }

    @Test
    void tenThousandDeepNestingIsRefusedWhileTheBodyIsRead() throws Exception {
        defineNi130();
        mvc.perform(json(asManager(put(TARGET)), "{\"target\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("nesting depth")));
        assertThat(eventsOf("NI130")).isEqualTo(1);
    }

    @Test
    void aDeliveryOf999DigitsIsRefused() throws Exception {
        createProgrammeWithReablement();
        mvc.perform(json(asManager(put(DELIVERY)),
                        "{\"achievedToDate\": " + "9".repeat(999) + ", \"rag\": \"GREEN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("achievedToDate"));
        assertThat(eventsOf("asch-pp-2011-14")).isEqualTo(2);
    }

    @Test
    void aNegativeDeliveryIsRefused() throws Exception {
        createProgrammeWithReablement();
        mvc.perform(json(asManager(put(DELIVERY)), "{\"achievedToDate\": -1000000, \"rag\": \"GREEN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("achievedToDate"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be negative"));
        assertThat(eventsOf("asch-pp-2011-14")).isEqualTo(2);
    }

    @Test
    void aProfileOfATenToThe400IsRefusedOnItsYear() throws Exception {
        mvc.perform(json(asManager(post("/api/savings-programmes")), PROGRAMME)).andExpect(status().isCreated());
        mvc.perform(json(asManager(post("/api/savings-programmes/asch-pp-2011-14/lines")), """
                        {"lineId": "adult-social-care-2", "ref": "2", "title": "Reablement & Homecare - service",
                         "serviceArea": "Adult Social Care", "profile": {"2011-12": 1e400}}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("profile.2011-12"));
        assertThat(eventsOf("asch-pp-2011-14")).isEqualTo(1);
    }

    @Test
    void wrongJsonTypesAreNotCoerced() throws Exception {
        mvc.perform(json(asManager(post("/api/indicators")), NI130
                        .replace("\"No of people on a personal budget\"", "123")
                        .replace("\"Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)\"",
                                "true")
                        .replace("\"value\": 7000", "\"value\": \"7000\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "title", "organisation", "baseline.value")));
        assertThat(eventsOf("NI130")).isZero();
    }

    @Test
    void unknownFieldsAreRefusedByName() throws Exception {
        mvc.perform(json(asManager(post("/api/indicators")), NI130.replace("\"id\": \"NI130\",",
                        "\"id\": \"NI130\", \"colour\": \"red\", \"owner\": \"x\",")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("colour", "owner")));
        assertThat(eventsOf("NI130")).isZero();
    }

    @Test
    void aTitleOf200000CharactersIsRefused() throws Exception {
        mvc.perform(json(asManager(post("/api/indicators")), NI130.replace("\"No of people on a personal budget\"",
                        "\"" + "x".repeat(200_000) + "\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        assertThat(eventsOf("NI130")).isZero();
    }

    @Test
    void aReasonLongerThanAnyTextMayBeIsRefused() throws Exception {
        defineNi130();
        mvc.perform(json(asManager(put(TARGET)), "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 14000}, "
                        + "\"reason\": \"" + "x".repeat(2_001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 2000 characters, not 2001"));
        assertThat(eventsOf("NI130")).isEqualTo(1);
    }

    @Test
    void aWithdrawalReasonLongerThanAnyTextMayBeIsRefused() throws Exception {
        defineNi130();
        mvc.perform(json(asManager(put(TARGET)), "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 12000}}"))
                .andExpect(status().isOk());
        mvc.perform(asManager(delete(TARGET)).param("reason", "x".repeat(2_001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(eventsOf("NI130")).isEqualTo(2);
    }

    @Test
    void patchingTheUnitOrThePolarityIsRefusedNamingThem() throws Exception {
        defineNi130();
        mvc.perform(json(asManager(patch("/api/indicators/NI130")),
                        "{\"unit\": \"PERCENT\", \"polarity\": \"LOWER_IS_BETTER\", \"reason\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("unit", "polarity")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("cannot be changed with PATCH")));
        assertThat(eventsOf("NI130")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"viewer", "auditor"})
    void aRoleThatMayNotSendCommandsIsRefusedBeforeItsBodyIsRead(String user) throws Exception {
        mvc.perform(json(as(user, post("/api/indicators")), "{"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(json(as(user, put(TARGET)), "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 1e100000}}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(user, post("/api/imports/business-plan")).contentType("text/csv").content("not,a,plan\r\n\""))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAnonymousClientIsAskedToAuthenticateBeforeItsBodyIsRead() throws Exception {
        mvc.perform(json(post("/api/indicators"), "{"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void anIdAlreadyUsedByAnIndicatorCannotBeAProgrammeNorTheOtherWayRound() throws Exception {
        mvc.perform(json(asManager(post("/api/indicators")), NI130.replace("\"NI130\"", "\"COLL1\"")))
                .andExpect(status().isCreated());
        mvc.perform(json(asManager(post("/api/savings-programmes")), PROGRAMME.replace("asch-pp-2011-14", "COLL1")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ID_TAKEN"))
                .andExpect(jsonPath("$.detail").value(not(containsString("Exception"))));
        mvc.perform(json(asManager(post("/api/savings-programmes")), PROGRAMME)).andExpect(status().isCreated());
        mvc.perform(json(asManager(put("/api/indicators/asch-pp-2011-14/targets/2011-12")),
                        "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 12000}}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ID_TAKEN"));
        assertThat(eventsOf("COLL1")).isEqualTo(1);
        assertThat(eventsOf("asch-pp-2011-14")).isEqualTo(1);
    }

    @Test
    void everyProblemOfACommandIsListedNotOnlyTheFirst() throws Exception {
        mvc.perform(json(asManager(post("/api/indicators")), """
                        {"id": "NI 130", "title": "", "organisation": 7, "framework": "NI", "unit": "PEOPLE",
                         "polarity": "HIGHER_IS_BETTER", "rollUp": "LATEST", "tolerancePercent": 150, "colour": "red"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "colour", "id", "title", "organisation", "unit", "tolerancePercent")));
    }

    @Test
    void everyProblemOfATargetIsListedWithTheRest() throws Exception {
        defineNi130();
        mvc.perform(json(asManager(put(TARGET)), """
                        {"target": {"kind": "RANGE", "low": 370, "high": 350}, "printed": 5}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("target.low", "printed")));
    }
}
