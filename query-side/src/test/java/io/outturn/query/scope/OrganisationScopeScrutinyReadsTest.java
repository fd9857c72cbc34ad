package io.outturn.query.scope;

import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.TargetRevisionProposedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.ProposalId;
import io.outturn.values.Quarter;
import io.outturn.values.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The proposals waiting for approval and the scrutiny flags are read within the reader's organisations, as every
 * other read is: seed 001's NI130 and a Cambridgeshire indicator each have a target eased after the year's results
 * (a flag) and a lowering proposed (a proposal); a reader restricted to seed 001's organisation sees only NI130's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationScopeScrutinyReadsTest extends QuerySideIntegrationTest {

    private static final String CAMBRIDGESHIRE = "Cambridgeshire County Council - Social Services Department";
    private static final IndicatorId OURS = IndicatorId.of("NI130-scoped");
    private static final IndicatorId THEIRS = IndicatorId.of("C22-scoped");
    private static final Target TWELVE_THOUSAND = new Target.AtLeast(new BigDecimal("12000"), true);
    private static final Target NINE_THOUSAND = new Target.AtLeast(new BigDecimal("9000"), true);
    private static final Target EIGHT_THOUSAND = new Target.AtLeast(new BigDecimal("8000"), true);
    private static final Justification WHY = Justification.other("Demand fell after the eligibility review");

    @BeforeAll
    void easedAndProposedInTwoOrganisations() {
        IndicatorDefinedEvent seed = ni130Defined(THEIRS);
        events.at(Instant.parse("2011-04-05T10:00:00Z")).append(ni130Defined(OURS), ni130Target(OURS, FY_2011_12));
        events.at(Instant.parse("2011-04-05T10:00:00Z")).append(new IndicatorDefinedEvent(THEIRS,
                        "Children under 10 in family placements", CAMBRIDGESHIRE, null, null, seed.framework(),
                        seed.unit(), seed.polarity(), seed.rollUp(), seed.tolerancePercent(), seed.baseline(), null,
                        List.of()),
                ni130Target(THEIRS, FY_2011_12));
        int proposal = 0;
        for (IndicatorId id : List.of(OURS, THEIRS)) {
            events.at(Instant.parse("2012-04-10T09:00:00Z")).append(actual(id, FY_2011_12, Quarter.Q4, "9050"));
            events.at(Instant.parse("2012-04-20T16:45:00Z")).by("manager").because(WHY.reason())
                    .append(new TargetSetEvent(id, FY_2011_12, NINE_THOUSAND, "9,000", TWELVE_THOUSAND, "12,000",
                            WHY, null, null));
            events.at(Instant.parse("2012-04-21T10:00:00Z")).by("manager").because(WHY.reason())
                    .append(new TargetRevisionProposedEvent(id, FY_2011_12,
                            ProposalId.of("3f1c8a2e-0000-4000-8000-00000000010" + proposal++), EIGHT_THOUSAND, "8,000",
                            NINE_THOUSAND, "9,000", WHY, null));
        }
        projections.awaitCaughtUp();
    }

    @Test
    void aRestrictedReaderSeesOnlyItsOrganisationsProposals() throws Exception {
        mockMvc.perform(get("/api/proposals").param("size", "500").with(httpBasic("asch-viewer", "asch-viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].indicatorId").value(hasItem(OURS.value())))
                .andExpect(jsonPath("$.items[*].indicatorId").value(not(hasItem(THEIRS.value()))));
        mockMvc.perform(get("/api/proposals").param("size", "500").with(httpBasic("viewer", "viewer")))
                .andExpect(jsonPath("$.items[*].indicatorId").value(hasItem(THEIRS.value())));
    }

    @Test
    void aRestrictedAuditorSeesOnlyItsOrganisationsFlags() throws Exception {
        mockMvc.perform(get("/api/scrutiny/flags").param("size", "500").with(httpBasic("asch-auditor", "asch-auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].indicatorId").value(hasItem(OURS.value())))
                .andExpect(jsonPath("$.items[*].indicatorId").value(not(hasItem(THEIRS.value()))));
        mockMvc.perform(get("/api/scrutiny/flags").param("size", "500").with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$.items[*].indicatorId").value(hasItem(THEIRS.value())));
    }
}
