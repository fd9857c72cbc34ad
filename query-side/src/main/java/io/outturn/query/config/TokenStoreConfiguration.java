package io.outturn.query.config;

import org.axonframework.eventhandling.tokenstore.TokenStore;
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
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(databaseFactory.getMongoDatabase())
                        .trackingTokensCollectionName(TRACKING_TOKENS)
                        .build())
                .serializer(serializer)
                .nodeId(instance.id())
                .build();
    }
}
