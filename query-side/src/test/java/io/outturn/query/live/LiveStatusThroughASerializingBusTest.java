package io.outturn.query.live;

import io.outturn.query.testsupport.SerializingQueryBusConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Every live-status test again, with each answer and update serialized and read back on its way, as Axon Server
 * does between query sides: the cards must still arrive as cards.
 */
@Import(SerializingQueryBusConfiguration.class)
class LiveStatusThroughASerializingBusTest extends LiveStatusStreamTest {
}
