package io.outturn.query.testsupport;

import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Puts a {@link SerializingQueryBus} in place of Axon's local query bus, with Axon's own message serializer, so
 * that a test through it sees answers as a query side behind Axon Server sees them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SerializingQueryBusConfiguration {

    @Bean
    QueryBus serializingQueryBus(QueryUpdateEmitter updateEmitter, @Qualifier("messageSerializer") Serializer serializer) {
        return new SerializingQueryBus(SimpleQueryBus.builder().queryUpdateEmitter(updateEmitter).build(), serializer);
    }
}
