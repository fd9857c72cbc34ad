package io.outturn.command.savings;

import io.outturn.command.config.AggregateCacheConfiguration;
import io.outturn.command.config.AggregateRepositories;
import io.outturn.command.config.SnapshotConfiguration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The savings programmes' repository, with the savings-programme cache and snapshot trigger. */
@Configuration(proxyBeanMethods = false)
class SavingsProgrammeRepositoryConfiguration {

    static final String REPOSITORY = "savingsProgrammeRepository";

    @Bean(REPOSITORY)
    Repository<SavingsProgramme> savingsProgrammeRepository(AggregateRepositories repositories,
            @Qualifier(AggregateCacheConfiguration.SAVINGS_PROGRAMME_CACHE) Cache cache,
            @Qualifier(SnapshotConfiguration.SAVINGS_PROGRAMME_TRIGGER) SnapshotTriggerDefinition snapshots) {
        return repositories.eventSourced(SavingsProgramme.class, cache, snapshots);
    }
}
