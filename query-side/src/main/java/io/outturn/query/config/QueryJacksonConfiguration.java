package io.outturn.query.config;

import com.fasterxml.jackson.core.JsonGenerator;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Figures leave as plain decimals: a computed forecast of {@code 1.2E+4} would be read by a spreadsheet pull
 * as text. Axon's serializer builds its mapper from the same builder (web-support's
 * {@code StoredEventSerializerConfiguration}), so tokens and payloads are written the same way.
 */
@Configuration(proxyBeanMethods = false)
class QueryJacksonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer plainDecimals() {
        return builder -> builder.featuresToEnable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
