package io.outturn.query.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Creates every declared read-model index when the application starts. Runs while beans are created, which is
 * before Axon starts its processors, so no query ever runs against a collection without its indexes.
 * {@code ensureIndex} is idempotent, so several instances starting at once are harmless.
 */
@Component
class ReadModelIndexInitializer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ReadModelIndexInitializer.class);

    private final MongoTemplate mongo;
    private final List<ReadModelIndexes> declared;

    ReadModelIndexInitializer(MongoTemplate mongo, List<ReadModelIndexes> declared) {
        this.mongo = mongo;
        this.declared = declared;
    }

    @Override
    public void afterPropertiesSet() {
        declared.forEach(each -> each.indexes().forEach(index -> mongo.indexOps(each.collection()).ensureIndex(index)));
        log.info("Ensured read-model indexes on {}", declared.stream().map(ReadModelIndexes::collection).toList());
    }
}
