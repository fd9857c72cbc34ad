package io.outturn.query.ledger;

import io.outturn.ledger.CanonicalForm;
import io.outturn.ledger.ChainWalk;
import io.outturn.ledger.CheckpointFold;
import io.outturn.ledger.CheckpointSignedEvent;
import io.outturn.ledger.Head;
import io.outturn.ledger.Ledger;
import io.outturn.ledger.SigningKeys;
import io.outturn.ledger.axon.LedgerStore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What the command side does to the store, done here for the query side's tests with the ledger module alone: every
 * event published is hashed and chained before it is stored, and {@link #checkpoint()} signs the heads with a test
 * key, as the command side's checkpoints do.
 */
@TestConfiguration(proxyBeanMethods = false)
class LedgerFixture {

    static final KeyPair KEY = SigningKeys.generate();
    static final Instant CHECKPOINT_TIME = Instant.parse("2012-07-20T09:00:00Z");

    @Bean
    InitializingBean hashEveryEvent(EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        LedgerStore store = new LedgerStore(eventStore, serializer);
        MessageDispatchInterceptor<EventMessage<?>> hashing = new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
                Map<String, String> heads = new HashMap<>();
                List<EventMessage<?>> hashed = new ArrayList<>();
                for (EventMessage<?> message : messages) {
                    DomainEventMessage<?> event = (DomainEventMessage<?>) message;
                    String previous = event.getSequenceNumber() == 0 ? Ledger.GENESIS
                            : heads.getOrDefault(event.getAggregateIdentifier(), storedHash(eventStore, event));
                    String hash = CanonicalForm.hash(previous, store.stored(event));
                    heads.put(event.getAggregateIdentifier(), hash);
                    hashed.add(event.andMetaData(Map.of(Ledger.PREVIOUS, previous, Ledger.HASH, hash)));
                }
                return (index, message) -> hashed.get(index);
            }
        };
        return () -> eventStore.registerDispatchInterceptor(hashing);
    }

    @Bean
    Checkpointer checkpointer(EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        return new Checkpointer(eventStore, new LedgerStore(eventStore, serializer));
    }

    private static String storedHash(EventStore eventStore, DomainEventMessage<?> event) {
        DomainEventStream stream = eventStore.readEvents(event.getAggregateIdentifier(), event.getSequenceNumber() - 1);
        return (String) stream.next().getMetaData().get(Ledger.HASH);
    }

    /** Takes a checkpoint of the whole store as it is now, signed with {@link #KEY}. */
    record Checkpointer(EventStore eventStore, LedgerStore store) {

        CheckpointSignedEvent checkpoint() {
            return checkpointWith();
        }

        /** A checkpoint of the store as it is, with {@code forged} heads in place of the true ones. */
        CheckpointSignedEvent checkpointWith(Head... forged) {
            CheckpointFold fold = new CheckpointFold();
            long next = store.foldCheckpoints(0, fold);
            ChainWalk walk = new ChainWalk();
            long position = LedgerStore.position(store.readToHead(null, walk::accept));
            Map<String, Head> heads = new HashMap<>(walk.heads());
            heads.remove(Ledger.CHECKPOINTS);
            for (Head head : forged) {
                heads.put(head.aggregateId(), head);
            }
            CheckpointSignedEvent checkpoint = CheckpointSignedEvent.sign(next + 1, CHECKPOINT_TIME.plusSeconds(next),
                    position, heads.values(), fold.latestStatementHash(), fold.changedSince(heads), KEY);
            eventStore.publish(new GenericDomainEventMessage<>(Ledger.CHECKPOINTS_TYPE, Ledger.CHECKPOINTS, next,
                    checkpoint, Map.of("actor", "auditor", "source", "api")));
            return checkpoint;
        }
    }
}
