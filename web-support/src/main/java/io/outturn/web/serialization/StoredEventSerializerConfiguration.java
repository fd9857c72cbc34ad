package io.outturn.web.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.events.upcasting.StoredJson;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Axon's serializer (events, snapshots, tracking tokens, dead letters and messages alike) on a Jackson mapper of
 * its own, separate from the one that reads request bodies.
 *
 * <p><b>Why two mappers.</b> Whatever has been stored must be read back, however it got there: an event is
 * history and cannot be rewritten. Jackson's default read limits (a number of at most 1,000 characters, among
 * others) are a guard for untrusted input, but nothing bounds what the same mapper <em>writes</em>: a target of
 * {@code 1e100000} that a request once let through was stored as a number of 100,001 digits, and every reader of
 * the store then failed on it, for ever (issue 9). So the stored messages are read with limits at least as loose as
 * anything this mapper can write: no limit on the length of a number, a string or a name, and as deep a nesting as
 * the writer allows. Request bodies keep Spring's mapper with its own, strict limits: loosening those would let a
 * client make the server parse a number of any length. Tightening what requests may send is the HTTP edge's job;
 * it must never tighten what the store may hold.
 *
 * <p>The mapper is otherwise built as Spring's is (the same modules and customizers, e.g. plain decimals), so a
 * message is written exactly as before. Axon's own Jackson configuration would register modules on the mapper it
 * is given; it now gets this one, not the one serving HTTP. Declaring the general serializer makes Axon's
 * auto-configuration use it for events and messages too ({@code axon.serializer.*} are all {@code jackson}).
 */
@Configuration(proxyBeanMethods = false)
class StoredEventSerializerConfiguration {

    @Bean
    @Primary
    Serializer serializer(Jackson2ObjectMapperBuilder springMapperBuilder) {
        return JacksonSerializer.builder()
                .objectMapper(storedMessageMapper(springMapperBuilder))
                .revisionResolver(new AnnotationRevisionResolver())
                .build();
    }

    /**
     * Spring's mapper, on a factory of its own that reads with limits no looser than what it can write. The limits
     * are set again once the mapper is built, in case a post-configurer of Spring's builder changed them.
     */
    static ObjectMapper storedMessageMapper(Jackson2ObjectMapperBuilder springMapperBuilder) {
        JsonFactory factory = new JsonFactory();
        ObjectMapper mapper = springMapperBuilder.factory(factory).build();
        mapper.getFactory().setStreamReadConstraints(
                StoredJson.readLimits(mapper.getFactory().streamWriteConstraints().getMaxNestingDepth()));
        return mapper;
    }

}
