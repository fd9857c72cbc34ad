package io.outturn.standalone.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.mock.env.MockEnvironment;

import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedMongoStarterTest {

    @TempDir
    Path dataDir;

    @Test
    void withAConfiguredUriNoServerIsStartedAndTheUriIsLeftAlone() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.data.mongodb.uri", "mongodb://db.internal:27017/outturn")
                .withProperty("outturn.data-dir", dataDir.toString());
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();

        new EmbeddedMongoStarter(environment).postProcessBeanFactory(beanFactory);

        assertThat(beanFactory.containsBean(EmbeddedMongoStarter.BEAN_NAME)).isFalse();
        assertThat(environment.getPropertySources().contains(EmbeddedMongoStarter.PROPERTY_SOURCE_NAME)).isFalse();
        assertThat(environment.getProperty("spring.data.mongodb.uri")).isEqualTo("mongodb://db.internal:27017/outturn");
        assertThat(dataDir.resolve("read-models.mv")).doesNotExist();
    }

    @Test
    void withoutAUriTheEmbeddedServerServesTheUriItPublishesAndMongoClientsDependOnIt() {
        MockEnvironment environment = new MockEnvironment().withProperty("outturn.data-dir", dataDir.toString())
                // The setting that once kept read models in a file is gone: left in a configuration, it changes nothing.
                .withProperty("outturn.embedded-mongo.storage", "file");
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
        beanFactory.registerBeanDefinition("mongo", new RootBeanDefinition(MongoClient.class));

        new EmbeddedMongoStarter(environment).postProcessBeanFactory(beanFactory);
        try {
            String uri = environment.getProperty("spring.data.mongodb.uri");
            assertThat(uri).matches("mongodb://127\\.0\\.0\\.1:\\d+/outturn");
            assertThat(beanFactory.getBeanDefinition("mongo").getDependsOn()).contains(EmbeddedMongoStarter.BEAN_NAME);
            try (MongoClient client = MongoClients.create(uri)) {
                client.getDatabase("outturn").getCollection("kpi_status").insertOne(new Document("_id", "NI130|2011-12"));
                assertThat(client.getDatabase("outturn").getCollection("kpi_status").countDocuments()).isEqualTo(1);
            }
        } finally {
            beanFactory.destroySingletons();
        }
        assertThat(dataDir).isEmptyDirectory();
        assertThatThrownBy(() -> new Socket(EmbeddedMongo.HOST, portOf(environment)).close())
                .as("the server stops with the bean factory")
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void byDefaultTheEmbeddedServerHoldsTheReadModelsInMemoryAndWritesNoFile() {
        MockEnvironment environment = new MockEnvironment().withProperty("outturn.data-dir", dataDir.toString());
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();

        new EmbeddedMongoStarter(environment).postProcessBeanFactory(beanFactory);
        try (MongoClient client = MongoClients.create(environment.getProperty("spring.data.mongodb.uri"))) {
            client.getDatabase("outturn").getCollection("kpi_status").insertOne(new Document("_id", "NI130|2011-12"));
            assertThat(client.getDatabase("outturn").getCollection("kpi_status").countDocuments()).isEqualTo(1);
        } finally {
            beanFactory.destroySingletons();
        }
        assertThat(dataDir).isEmptyDirectory();
    }

    /** That the projections then rebuild them from the events is DemoDataEndToEndTest's second start. */
    @Test
    void inMemoryReadModelsDoNotSurviveARestart() {
        EmbeddedMongo first = EmbeddedMongo.startInMemory(0);
        try (MongoClient client = MongoClients.create(first.uri())) {
            collection(client).insertOne(new Document("_id", "KPR13|2006-07").append("rag", "GREEN"));
        } finally {
            first.destroy();
        }

        EmbeddedMongo second = EmbeddedMongo.startInMemory(0);
        try (MongoClient client = MongoClients.create(second.uri())) {
            assertThat(collection(client).countDocuments()).isZero();
        } finally {
            second.destroy();
        }
    }

    private static int portOf(MockEnvironment environment) {
        String uri = environment.getProperty("spring.data.mongodb.uri");
        return Integer.parseInt(uri.substring(uri.lastIndexOf(':') + 1, uri.lastIndexOf('/')));
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase(EmbeddedMongo.DATABASE).getCollection("kpi_status");
    }
}
