package io.outturn.events.testsupport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer over a mapper set up as Spring Boot sets up the applications' (Java time, dates as
 * ISO text), but strict where the applications are lenient: a property the record does not have, or a property
 * of the record's constructor that the JSON lacks, fails. So an upcaster that forgets or misspells a field fails
 * the test instead of leaving a null behind.
 */
public final class StrictSerializer {

    private StrictSerializer() {
    }

    public static JacksonSerializer create() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .build();
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }
}
