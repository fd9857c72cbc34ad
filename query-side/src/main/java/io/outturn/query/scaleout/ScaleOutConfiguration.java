package io.outturn.query.scaleout;

import io.outturn.query.config.QuerySideInstance;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Query-side instances share the projections' segments fairly; see {@link SegmentBalancer}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScaleOutProperties.class)
public class ScaleOutConfiguration {

    @Bean
    SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, TokenStore tokenStore,
                                    MongoTemplate mongo, QuerySideInstance instance, ScaleOutProperties properties) {
        return new SegmentBalancer(processing, tokenStore, new QuerySideInstances(mongo, instance), properties);
    }
}
