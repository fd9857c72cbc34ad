package io.outturn.query.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Base class of integration tests through the real wiring: the whole query-side application with its Axon
 * processors, an in-memory event store and MongoDB (embedded, or the one named by {@code MONGODB_URI}). Each
 * test class gets its own application context and its own database, so classes never see each other's
 * events or documents; test methods of one class share both, so give each test aggregate ids of its own.
 *
 * <pre>{@code
 * class KpiStatusApiTest extends QuerySideIntegrationTest {
 *     @Test
 *     void aViewerReadsTheCard() throws Exception {
 *         events.append(defined, target);
 *         projections.awaitCaughtUp();
 *         mockMvc.perform(get("/api/indicators/NI130/status/2011-12").with(httpBasic("viewer", "viewer")))
 *                 .andExpect(status().isOk());
 *     }
 * }
 * }</pre>
 * Users (password = name): manager, auditor, viewer, admin; see {@code src/test/resources/application.yml}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import(QuerySideTestConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class QuerySideIntegrationTest {

    @Autowired
    protected MockMvc mockMvc;
    @Autowired
    protected PublishedEvents events;
    @Autowired
    protected Projections projections;
    @Autowired
    protected MongoTemplate mongo;

    /**
     * Performs {@code request} and, when the controller answered asynchronously (a read waiting for a version),
     * the dispatch that writes its answer: what a client of a real server sees.
     */
    protected ResultActions answered(RequestBuilder request) throws Exception {
        ResultActions actions = mockMvc.perform(request);
        MvcResult result = actions.andReturn();
        return result.getRequest().isAsyncStarted()
                ? mockMvc.perform(MockMvcRequestBuilders.asyncDispatch(result))
                : actions;
    }

    @DynamicPropertySource
    static void mongoDatabasePerTestClass(DynamicPropertyRegistry registry) {
        // Evaluated once per application context, which (with AFTER_CLASS) means once per test class.
        String uri = EmbeddedMongo.connectionString();
        String database = EmbeddedMongo.newDatabase();
        registry.add("spring.data.mongodb.uri", () -> uri);
        registry.add("spring.data.mongodb.database", () -> database);
    }
}
