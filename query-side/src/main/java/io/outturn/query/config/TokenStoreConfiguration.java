package io.outturn.query.config;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoServerException;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToRetrieveIdentifierException;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Tracking tokens live in the same MongoDB database as the read models, so that a fresh database means a
 * fresh replay and a restored database carries the positions it was built to. Claims are made in the name of
 * this query-side instance, the name its heartbeat carries too.
 */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfiguration {

    static final String TRACKING_TOKENS = "tracking_tokens";

    @Bean
    QuerySideInstance querySideInstance() {
        return QuerySideInstance.ofThisProcess();
    }

    @Bean
    TokenStore tokenStore(MongoDatabaseFactory databaseFactory, Serializer serializer, QuerySideInstance instance) {
        TokenStore store = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(databaseFactory.getMongoDatabase())
                        .trackingTokensCollectionName(TRACKING_TOKENS)
                        .build())
                .serializer(serializer)
                .nodeId(instance.id())
                .build();
        establishStorageIdentifier(store);
        return store;
    }

    /**
     * The token store's identifier is made on first use: read it, and if there is none, insert one. Two query
     * sides starting on a fresh database both find none and both insert; the second insert breaks the unique
     * index and that side's processors failed to start. The identifier is settled here, before any processor
     * asks for it: a duplicate key means another instance has just made it, and reading again finds that one.
     */
    static String establishStorageIdentifier(TokenStore store) {
        try {
            return store.retrieveStorageIdentifier().orElseThrow();
        } catch (UnableToRetrieveIdentifierException failed) {
            if (!madeConcurrently(failed)) {
                throw failed;
            }
            return store.retrieveStorageIdentifier().orElseThrow();
        }
    }

    private static boolean madeConcurrently(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoServerException server
                    && ErrorCategory.fromErrorCode(server.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }
}
