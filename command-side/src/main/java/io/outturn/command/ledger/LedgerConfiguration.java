package io.outturn.command.ledger;

import io.outturn.ledger.axon.LedgerStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The command side's part of the ledger: every event hashed and chained before it is appended, and checkpoints
 * signed periodically and on demand (docs/ledger.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
public class LedgerConfiguration {

    @Bean
    RecentHeads recentHeads(LedgerProperties properties) {
        return new RecentHeads(properties.headCacheEntries());
    }

    /**
     * On the event store itself, not through Axon's interceptor beans, which reach only the event gateway: the
     * aggregates' events go straight to the store.
     */
    @Bean
    InitializingBean ledgerHashing(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer,
                                   RecentHeads recentHeads) {
        LedgerStore store = new LedgerStore(eventStore, eventSerializer);
        return () -> eventStore.registerDispatchInterceptor(new LedgerHashInterceptor(eventStore, store, recentHeads));
    }

    @Bean
    CheckpointKey checkpointKey(LedgerProperties properties) {
        return CheckpointKey.load(properties);
    }

    @Bean
    Checkpoints checkpoints(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer,
                            CheckpointKey checkpointKey, Clock clock) {
        return new Checkpoints(new StoreWalk(new LedgerStore(eventStore, eventSerializer)), checkpointKey, eventStore,
                clock);
    }

    @Bean
    PeriodicCheckpoints periodicCheckpoints(Checkpoints checkpoints, CheckpointKey checkpointKey,
                                            LedgerProperties properties, Clock clock) {
        boolean enabled = checkpointKey.configured() && properties.periodic();
        return new PeriodicCheckpoints(checkpoints, properties.checkpointInterval(), clock, enabled);
    }
}
