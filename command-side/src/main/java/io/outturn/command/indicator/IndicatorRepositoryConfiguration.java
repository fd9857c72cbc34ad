package io.outturn.command.indicator;

import io.outturn.command.config.AggregateCacheConfiguration;
import io.outturn.command.config.AggregateRepositories;
import io.outturn.command.config.SnapshotConfiguration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicators' repository, with the indicator cache and snapshot trigger. */
@Configuration(proxyBeanMethods = false)
class IndicatorRepositoryConfiguration {

    static final String REPOSITORY = "indicatorRepository";

    @Bean(REPOSITORY)
    Repository<Indicator> indicatorRepository(AggregateRepositories repositories,
                                              @Qualifier(AggregateCacheConfiguration.INDICATOR_CACHE) Cache cache,
                                              @Qualifier(SnapshotConfiguration.INDICATOR_TRIGGER) SnapshotTriggerDefinition snapshots) {
        return repositories.eventSourced(Indicator.class, cache, snapshots);
    }
}
