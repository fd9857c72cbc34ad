package io.outturn.query.config;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB's part of {@code /actuator/health}, asked with {@code ping}. Spring Boot's own indicator sends
 * {@code hello}, which mongo-java-server (standalone's and the tests' in-process MongoDB) does not know, so it
 * would always report DOWN; every MongoDB answers {@code ping}, so the same check serves a real one as well.
 */
@Configuration(proxyBeanMethods = false)
class MongoHealthConfiguration {

    /** The name makes Spring Boot's MongoDB health indicator back off and keeps the component name "mongo". */
    @Bean(name = "mongoHealthIndicator")
    HealthIndicator mongoHealthIndicator(MongoTemplate mongoTemplate) {
        return new PingHealthIndicator(mongoTemplate);
    }

    static final class PingHealthIndicator extends AbstractHealthIndicator {

        private final MongoTemplate mongoTemplate;

        PingHealthIndicator(MongoTemplate mongoTemplate) {
            super("MongoDB health check failed");
            this.mongoTemplate = mongoTemplate;
        }

        @Override
        protected void doHealthCheck(Health.Builder builder) {
            Document answer = mongoTemplate.executeCommand(new Document("ping", 1));
            Object ok = answer.get("ok");
            if (ok instanceof Number number && number.doubleValue() == 1.0) {
                builder.up().withDetail("database", mongoTemplate.getDb().getName());
            } else {
                builder.down().withDetail("ping", answer.toJson());
            }
        }
    }
}
