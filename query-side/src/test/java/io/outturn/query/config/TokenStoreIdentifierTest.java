package io.outturn.query.config;

import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.outturn.query.testsupport.EmbeddedMongo;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToRetrieveIdentifierException;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Query sides that start together on a fresh database agree on one token store identifier. */
class TokenStoreIdentifierTest {

    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedMongo.connectionString());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void anInstanceThatLosesTheRaceToMakeTheIdentifierReadsTheOneTheWinnerMade() {
        TokenStore store = mock(TokenStore.class);
        when(store.retrieveStorageIdentifier())
                .thenThrow(new UnableToRetrieveIdentifierException("could not establish", duplicateKey()))
                .thenReturn(Optional.of("made-by-the-other-instance"));

        assertThat(TokenStoreConfiguration.establishStorageIdentifier(store)).isEqualTo("made-by-the-other-instance");
    }

    @Test
    void anyOtherFailureToMakeTheIdentifierStopsTheStart() {
        TokenStore store = mock(TokenStore.class);
        UnableToRetrieveIdentifierException unreachable =
                new UnableToRetrieveIdentifierException("could not establish", new IllegalStateException("no server"));
        when(store.retrieveStorageIdentifier()).thenThrow(unreachable);

        assertThatThrownBy(() -> TokenStoreConfiguration.establishStorageIdentifier(store)).isSameAs(unreachable);
    }

    @Test
    void manyInstancesStartingAtOnceOnAFreshDatabaseAllGetTheSameIdentifier() throws Exception {
        int instances = 8;
        for (int round = 0; round < 10; round++) {
            MongoDatabase database = client.getDatabase(EmbeddedMongo.newDatabase());
            CyclicBarrier together = new CyclicBarrier(instances);
            AtomicInteger node = new AtomicInteger();
            ExecutorService starting = Executors.newFixedThreadPool(instances);
            try {
                List<Future<String>> identifiers = new ArrayList<>();
                for (int i = 0; i < instances; i++) {
                    identifiers.add(starting.submit(() -> {
                        TokenStore store = tokenStore(database, "query-side-" + node.incrementAndGet());
                        together.await();
                        return TokenStoreConfiguration.establishStorageIdentifier(store);
                    }));
                }
                Set<String> agreed = new HashSet<>();
                for (Future<String> identifier : identifiers) {
                    agreed.add(identifier.get());
                }
                assertThat(agreed).as("round %d", round).hasSize(1);
            } finally {
                starting.shutdownNow();
            }
        }
    }

    private static TokenStore tokenStore(MongoDatabase database, String nodeId) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(database)
                        .trackingTokensCollectionName(TokenStoreConfiguration.TRACKING_TOKENS)
                        .build())
                .serializer(JacksonSerializer.defaultSerializer())
                .nodeId(nodeId)
                .build();
    }

    private static MongoWriteException duplicateKey() {
        return new MongoWriteException(new WriteError(11000, "E11000 duplicate key error collection: tracking_tokens",
                new BsonDocument()), new ServerAddress(), Set.of());
    }
}
