package io.outturn.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The events serializer of the distributed sides, for events the benchmark writes straight into Axon Server: Axon's
 * Jackson serializer over Spring Boot's object mapper, decimals written plain, writing as each side's serializer
 * does (web-support's {@code StoredEventSerializerConfiguration}, which loosens only what it reads).
 */
final class SidesSerializer {

    private SidesSerializer() {
    }

    static Serializer create() {
        return JacksonSerializer.builder()
                .objectMapper(Jackson2ObjectMapperBuilder.json()
                        .featuresToEnable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                        .build())
                .build();
    }
}
