package io.outturn.query.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/** Spring Data's MongoDB mapping for every read model; Spring Boot builds its MongoTemplate from it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryProperties.class)
class MongoReadModelConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return ReadModelConversions.create();
    }
}
