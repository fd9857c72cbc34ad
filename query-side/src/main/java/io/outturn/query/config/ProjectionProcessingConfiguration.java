package io.outturn.query.config;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * How the four read-model processors handle a batch, and an event they cannot apply.
 *
 * <p>A projection that cannot write because MongoDB is down must not skip the event, or the read model would
 * never converge to what a replay builds. Propagating the error makes the processor roll the batch back and
 * retry it with back-off instead of logging and moving on (Axon's default). Every batch's writes are flushed
 * before its token is stored.
 *
 * <p>An event that fails for a reason of its own (it cannot be read, the read model cannot store what it leads
 * to, the handler throws on it) would fail every retry and hold the whole segment back for ever. Each processing
 * group therefore has a sequenced dead-letter queue, stored in MongoDB beside the tracking tokens
 * ({@value #DEAD_LETTERS}): such an event is set aside with the reason, every later event of the same aggregate
 * follows it there (an aggregate's events are applied in order or not at all), and the projection goes on with
 * every other aggregate. Which failures are set aside and which are retried: {@link ProjectionFailure}. A failure
 * found only when the batch writes is traced to its event by retrying the batch one event at a time
 * ({@link ProjectionBatch#writeEachEventAlone()}). A replay starts the queue afresh.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessingConfiguration {

    static final String DEAD_LETTERS = "dead_letters";

    @Bean
    ConfigurerModule projectionBatchHandling(SegmentFailures failures, MongoDatabaseFactory databaseFactory) {
        BatchIsolation isolation = new BatchIsolation();
        MongoTemplate deadLetters = DefaultMongoTemplate.builder()
                .mongoDatabase(databaseFactory.getMongoDatabase())
                .deadLetterCollectionName(DEAD_LETTERS)
                .build();
        return configurer -> ProcessingGroups.ALL.forEach(group -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance())
                .registerHandlerInterceptor(group, c -> new FlushAtEndOfBatch(group, failures, isolation))
                .registerDeadLetterQueue(group, c -> MongoSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .mongoTemplate(deadLetters)
                        .serializer(c.serializer())
                        .transactionManager(c.getComponent(TransactionManager.class, NoTransactionManager::instance))
                        .build())
                .registerDeadLetterPolicy(group, c -> new ProjectionDeadLetterPolicy())
                // The cache spares every event a look-up in the queue while the queue holds nothing of its aggregate.
                .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (c, builder) -> builder.enableSequenceIdentifierCache().allowReset(true)));
    }

    @Bean
    HandlerEnhancerDefinition eachEventAloneEnhancer() {
        return new EachEventAloneEnhancer();
    }
}
