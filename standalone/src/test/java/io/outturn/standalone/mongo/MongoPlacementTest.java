package io.outturn.standalone.mongo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision between a real MongoDB and the embedded one, over standalone's real application.yml. */
class MongoPlacementTest {

    @Test
    void withoutMongodbUriTheReadModelsAreServedInProcess() throws IOException {
        MongoPlacement placement = MongoPlacement.of(standaloneEnvironment(Map.of()));

        assertThat(placement.embedded()).isTrue();
        assertThat(placement.configuredUri()).isNull();
    }

    @Test
    void theMongodbUriEnvironmentVariableNamesTheRealMongodbAndNothingIsEmbedded() throws IOException {
        MongoPlacement placement = MongoPlacement.of(
                standaloneEnvironment(Map.of("MONGODB_URI", "mongodb://mongo-1:27017,mongo-2:27017/outturn?replicaSet=rs0")));

        assertThat(placement.embedded()).isFalse();
        assertThat(placement.configuredUri()).isEqualTo("mongodb://mongo-1:27017,mongo-2:27017/outturn?replicaSet=rs0");
    }

    @Test
    void springsOwnPropertyNameWorksAsWell() throws IOException {
        MongoPlacement placement = MongoPlacement.of(
                standaloneEnvironment(Map.of("SPRING_DATA_MONGODB_URI", "mongodb://db.internal:27017/outturn")));

        assertThat(placement.configuredUri()).isEqualTo("mongodb://db.internal:27017/outturn");
    }

    @Test
    void aBlankUriCountsAsNotConfigured() throws IOException {
        MongoPlacement placement = MongoPlacement.of(standaloneEnvironment(Map.of("MONGODB_URI", "  ")));

        assertThat(placement.embedded()).isTrue();
    }

    @Test
    void aSideModuleDefaultDoesNotHideTheEmbeddedServer() throws IOException {
        StandardEnvironment environment = standaloneEnvironment(Map.of());
        // What a side module's outturn-defaults might ship, at the lowest precedence.
        environment.getPropertySources().addLast(new MapPropertySource("outturn-defaults",
                Map.of(MongoPlacement.URI_PROPERTY, "mongodb://localhost:27017/outturn")));

        assertThat(MongoPlacement.of(environment).embedded()).isTrue();
    }

    /** An environment like the one standalone runs in: the given OS variables over its application.yml. */
    private static StandardEnvironment standaloneEnvironment(Map<String, Object> osVariables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, osVariables));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        return environment;
    }
}
