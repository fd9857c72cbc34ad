package io.outturn.query.indicator;

import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.query.testsupport.PublishedEvents.Published;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.Quarter;
import io.outturn.values.RollUp;
import io.outturn.values.Target;
import io.outturn.values.Unit;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TestPropertySource(properties = {"outturn.query.max-wait=600ms", "outturn.query.poll-interval=20ms"})
class KpiStatusApiTest extends QuerySideIntegrationTest {

    @Autowired
    private QueryGateway queryGateway;

    /** NI130 with both printed targets and three quarters of 2011-12: 11,500 against 12,000 is AMBER. */
    private List<Published> ni130(IndicatorId id, String organisation) {
        IndicatorDefinedEvent seed = ni130Defined(id);
        IndicatorDefinedEvent defined = new IndicatorDefinedEvent(id, seed.title(), organisation, seed.serviceGroup(),
                seed.leadOfficer(), seed.framework(), seed.unit(), seed.polarity(), seed.rollUp(),
                seed.tolerancePercent(), seed.baseline(), null, List.of());
        events.append(defined, ni130Target(id, FY_2011_12), ni130Target(id, FY_2012_13));
        return events.append(actual(id, FY_2011_12, Quarter.Q1, "8200"), actual(id, FY_2011_12, Quarter.Q2, "9400"),
                actual(id, FY_2011_12, Quarter.Q3, "11500"));
    }

    /** An indicator in {@code organisation} whose 2011-12 card ends up GREEN, AMBER or RED. */
    private void indicatorWithRag(String id, String organisation, String serviceGroup, String q1) {
        IndicatorId indicator = IndicatorId.of(id);
        events.append(new IndicatorDefinedEvent(indicator, "Indicator " + id, organisation, serviceGroup, null,
                        Framework.LOCAL, Unit.COUNT, Polarity.HIGHER_IS_BETTER, RollUp.LATEST, BigDecimal.valueOf(5), null, null, List.of()),
                ni130Target(indicator, FY_2011_12), actual(indicator, FY_2011_12, Quarter.Q1, q1));
    }

    @Test
    void aViewerReadsNi130sCardWithItsTargetActualsAndRag() throws Exception {
        ni130(IndicatorId.of("NI130"), "Nottinghamshire County Council");
        projections.awaitCaughtUp();

        mockMvc.perform(get("/api/indicators/NI130/status/2011-12").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"6\""))
                .andExpect(jsonPath("$.indicatorId").value("NI130"))
                .andExpect(jsonPath("$.title").value("No of people on a personal budget"))
                .andExpect(jsonPath("$.organisation").value("Nottinghamshire County Council"))
                .andExpect(jsonPath("$.fy").value("2011-12"))
                .andExpect(jsonPath("$.unit").value("COUNT"))
                .andExpect(jsonPath("$.polarity").value("HIGHER_IS_BETTER"))
                .andExpect(jsonPath("$.rollUp").value("LATEST"))
                .andExpect(jsonPath("$.target.kind").value("AT_LEAST"))
                .andExpect(jsonPath("$.target.value").value(12000))
                .andExpect(jsonPath("$.target.inclusive").value(true))
                .andExpect(jsonPath("$.target.printed").value("12,000"))
                .andExpect(jsonPath("$.actuals.Q1.value").value(8200))
                .andExpect(jsonPath("$.actuals.Q3.value").value(11500))
                .andExpect(jsonPath("$.actuals.Q3.corrected").value(false))
                .andExpect(jsonPath("$.actuals.Q4").doesNotExist())
                .andExpect(jsonPath("$.yearToDate").value(11500))
                .andExpect(jsonPath("$.forecastOutturn").value(11500))
                .andExpect(jsonPath("$.rag").value("AMBER"))
                .andExpect(jsonPath("$.version").value(6))
                .andExpect(jsonPath("$.lastChangedAt").value(events.now().minus(Duration.ofMinutes(1)).toString()));
    }

    @Test
    void theCardsTargetShowsWhenTheOrganisationAdoptedIt() throws Exception {
        IndicatorId id = IndicatorId.of("NI130-adopted");
        events.append(ni130Defined(id), new TargetSetEvent(id, FY_2011_12,
                new Target.AtLeast(new BigDecimal("12000"), true), "12,000", null, null, null,
                Instant.parse("2011-02-01T00:00:00Z"), null));
        projections.awaitCaughtUp();

        mockMvc.perform(get("/api/indicators/NI130-adopted/status/2011-12").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.printed").value("12,000"))
                .andExpect(jsonPath("$.target.effectiveFrom").value("2011-02-01T00:00:00Z"));
    }

    @Test
    void aYearWithATargetButNoActualsHasAGreyCard() throws Exception {
        ni130(IndicatorId.of("NI130-grey"), "Nottinghamshire County Council");
        projections.awaitCaughtUp();

        mockMvc.perform(get("/api/indicators/NI130-grey/status/2012-13").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(14000))
                .andExpect(jsonPath("$.yearToDate").value(nullValue()))
                .andExpect(jsonPath("$.rag").value("GREY"));
    }

    @Test
    void anUnknownIndicatorOrYearAnswersIndicatorNotFound() throws Exception {
        ni130(IndicatorId.of("NI130-known"), "Nottinghamshire County Council");
        projections.awaitCaughtUp();

        mockMvc.perform(get("/api/indicators/NO-SUCH/status/2011-12").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"));
        mockMvc.perform(get("/api/indicators/NI130-known/status/2013-14").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"));
    }

    @Test
    void aMalformedFinancialYearIsAValidationFailure() throws Exception {
        mockMvc.perform(get("/api/indicators/NI130/status/2011-13").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    @Test
    void anIdThatIsNotOneIsRejectedNamingThePathVariable() throws Exception {
        mockMvc.perform(get("/api/indicators/NI130!/status/2011-12").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void everyRoleMayReadStatusButNobodyWithoutCredentials() throws Exception {
        ni130(IndicatorId.of("NI130-roles"), "Nottinghamshire County Council");
        projections.awaitCaughtUp();

        for (String user : List.of("viewer", "auditor", "manager", "admin")) {
            mockMvc.perform(get("/api/indicators/NI130-roles/status/2011-12").with(httpBasic(user, user)))
                    .andExpect(status().isOk());
        }
        mockMvc.perform(get("/api/indicators/NI130-roles/status/2011-12"))
                .andExpect(status().isUnauthorized());
        mockMvc.perform(get("/api/indicators"))
                .andExpect(status().isUnauthorized());
        mockMvc.perform(get("/api/indicators/NI130-roles/status/2011-12").with(httpBasic("viewer", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theListFiltersByYearOrganisationServiceGroupAndRag() throws Exception {
        indicatorWithRag("F-GREEN", "Filter Council", "Adults", "12500");
        indicatorWithRag("F-AMBER", "Filter Council", "Adults", "11500");
        indicatorWithRag("F-RED", "Filter Council", "Children", "6000");
        indicatorWithRag("F-OTHER", "Another Council", "Adults", "11500");
        projections.awaitCaughtUp();

        mockMvc.perform(get("/api/indicators").param("organisation", "Filter Council").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.items[*].indicatorId").value(org.hamcrest.Matchers.contains("F-AMBER", "F-GREEN", "F-RED")));
        mockMvc.perform(get("/api/indicators").param("organisation", "Filter Council").param("fy", "2011-12")
                        .param("rag", "AMBER").with(httpBasic("viewer", "viewer")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].indicatorId").value("F-AMBER"))
                .andExpect(jsonPath("$.items[0].rag").value("AMBER"));
        mockMvc.perform(get("/api/indicators").param("serviceGroup", "Children").param("fy", "2011/12")
                        .with(httpBasic("viewer", "viewer")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].indicatorId").value("F-RED"));
        mockMvc.perform(get("/api/indicators").param("organisation", "Filter Council").param("fy", "2012-13")
                        .with(httpBasic("viewer", "viewer")))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void filterValuesAreComparedLiterallyAndNeverAsQueryOperators() throws Exception {
        indicatorWithRag("INJ-1", "Injection Council", "Adults", "12500");
        projections.awaitCaughtUp();

        for (String hostile : List.of("{\"$ne\": null}", "{\"$gt\": \"\"}", "$where", ".*", "Injection Council|x")) {
            mockMvc.perform(get("/api/indicators").param("organisation", hostile).with(httpBasic("viewer", "viewer")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(0));
        }
    }

    @Test
    void theListIsPagedAndAPageHoldsAtMostFiveHundredCards() throws Exception {
        indicatorWithRag("P-1", "Paging Council", "Adults", "1");
        indicatorWithRag("P-2", "Paging Council", "Adults", "2");
        indicatorWithRag("P-3", "Paging Council", "Adults", "3");
        projections.awaitCaughtUp();

        mockMvc.perform(get("/api/indicators").param("organisation", "Paging Council").param("size", "2")
                        .with(httpBasic("viewer", "viewer")))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items[*].indicatorId").value(org.hamcrest.Matchers.contains("P-1", "P-2")));
        mockMvc.perform(get("/api/indicators").param("organisation", "Paging Council").param("size", "2")
                        .param("page", "1").with(httpBasic("viewer", "viewer")))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items[*].indicatorId").value(org.hamcrest.Matchers.contains("P-3")));
        mockMvc.perform(get("/api/indicators").param("size", "500").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk());
        mockMvc.perform(get("/api/indicators").param("size", "501").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mockMvc.perform(get("/api/indicators").param("size", "0").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isBadRequest());
        mockMvc.perform(get("/api/indicators").param("page", "-1").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mockMvc.perform(get("/api/indicators").param("rag", "PURPLE").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    @Test
    void waitingForAVersionAnswersOnceTheCardHasCaughtUp() throws Exception {
        List<Published> appended = ni130(IndicatorId.of("NI130-wait"), "Nottinghamshire County Council");
        long version = appended.get(appended.size() - 1).version();

        mockMvc.perform(get("/api/indicators/NI130-wait/status/2011-12").param("waitForVersion", String.valueOf(version))
                        .with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Outturn-Stale"))
                .andExpect(jsonPath("$.version").value(version))
                .andExpect(jsonPath("$.actuals.Q3.value").value(11500));
    }

    @Test
    void aCardThatDoesNotReachTheVersionInTimeIsAnsweredAsStale() throws Exception {
        ni130(IndicatorId.of("NI130-stale"), "Nottinghamshire County Council");
        projections.awaitCaughtUp();

        mockMvc.perform(get("/api/indicators/NI130-stale/status/2011-12").param("waitForVersion", "99")
                        .with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Outturn-Stale", "true"))
                .andExpect(jsonPath("$.version").value(6));
        mockMvc.perform(get("/api/indicators/NI130-stale/status/2011-12").param("waitForVersion", "0")
                        .with(httpBasic("viewer", "viewer")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aClientHoldingTheCurrentVersionIsToldNothingChanged() throws Exception {
        ni130(IndicatorId.of("NI130-etag"), "Nottinghamshire County Council");
        projections.awaitCaughtUp();

        mockMvc.perform(get("/api/indicators/NI130-etag/status/2011-12").header("If-None-Match", "\"6\"")
                        .with(httpBasic("viewer", "viewer")))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", "\"6\""));
        mockMvc.perform(get("/api/indicators/NI130-etag/status/2011-12").header("If-None-Match", "\"5\"")
                        .with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk());
    }

    @Test
    void liveFollowersOfAYearReceiveEachCardAsItIsWritten() {
        IndicatorId id = IndicatorId.of("NI130-live");
        List<KpiStatusView> received = new CopyOnWriteArrayList<>();
        try (SubscriptionQueryResult<List<KpiStatusView>, KpiStatusView> subscription = queryGateway.subscriptionQuery(
                new FindKpiStatusStreamQuery(FY_2011_12), ResponseTypes.multipleInstancesOf(KpiStatusView.class),
                ResponseTypes.instanceOf(KpiStatusView.class))) {
            subscription.initialResult().block(Duration.ofSeconds(10));
            subscription.updates().subscribe(received::add);

            ni130(id, "Nottinghamshire County Council");

            await().atMost(Duration.ofSeconds(30)).until(() -> received.stream()
                    .anyMatch(card -> card.indicatorId().equals(id) && card.version() == 6));
        }
        assertThat(received).allMatch(card -> card.fy().equals(FY_2011_12));
        assertThat(received).filteredOn(card -> card.indicatorId().equals(id))
                .extracting(KpiStatusView::version).isSorted();
    }
}
