package io.outturn.standalone.mongo;

import com.mongodb.client.MongoClient;
import io.outturn.standalone.StandaloneProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Starts the embedded MongoDB when no MongoDB is configured, before any bean exists (so before anything can
 * create a {@code MongoClient}), and points {@code spring.data.mongodb.uri} at it. It runs as a bean factory
 * post-processor rather than directly in the initializer so that it sees the final environment, including
 * properties that tests add after the initializers from {@code spring.factories} have run.
 *
 * <p>The server is registered as a disposable singleton on which every {@code MongoClient} depends: it is
 * therefore stopped on shutdown, and after the clients (and the token store and projections that use them),
 * also when the context fails to start.
 */
final class EmbeddedMongoStarter implements BeanFactoryPostProcessor {

    static final String BEAN_NAME = "outturnEmbeddedMongo";
    static final String PROPERTY_SOURCE_NAME = "outturnEmbeddedMongo";
    /** Once chose a file for the read models; that backend lost data at scale and was removed (README.md). */
    static final String REMOVED_STORAGE_PROPERTY = "outturn.embedded-mongo.storage";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoStarter.class);

    private final ConfigurableEnvironment environment;

    EmbeddedMongoStarter(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        MongoPlacement placement = MongoPlacement.of(environment);
        if (!placement.embedded()) {
            log.info("Using the configured MongoDB ({}); no embedded MongoDB is started",
                    MongoPlacement.URI_PROPERTY);
            return;
        }
        StandaloneProperties properties = Binder.get(environment).bindOrCreate("outturn", StandaloneProperties.class);
        if (environment.containsProperty(REMOVED_STORAGE_PROPERTY)) {
            log.warn("{} is no longer supported and is ignored: the embedded MongoDB holds the read models in memory "
                    + "and rebuilds them from the events at start; set MONGODB_URI for read models that outlive a "
                    + "restart", REMOVED_STORAGE_PROPERTY);
        }
        EmbeddedMongo mongo = EmbeddedMongo.startInMemory(properties.embeddedMongo().port());
        beanFactory.registerSingleton(BEAN_NAME, mongo);
        if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(BEAN_NAME, mongo);
        }
        new MongoClientsDependOnEmbeddedMongo().postProcessBeanFactory(beanFactory);
        environment.getPropertySources().addFirst(
                new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of(MongoPlacement.URI_PROPERTY, mongo.uri())));
        log.info("Embedded MongoDB for read models listening on {}:{}, stored in {}",
                EmbeddedMongo.HOST, mongo.port(), mongo.storedIn());
    }

    private static final class MongoClientsDependOnEmbeddedMongo extends AbstractDependsOnBeanFactoryPostProcessor {
        MongoClientsDependOnEmbeddedMongo() {
            super(MongoClient.class, BEAN_NAME);
        }
    }
}
