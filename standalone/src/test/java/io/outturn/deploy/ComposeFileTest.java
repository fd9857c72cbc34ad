package io.outturn.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker does not run on the build machine, so the distributed set-up is checked for what can be checked
 * without it: the compose file parses, every file it refers to exists, every image is pinned, every service
 * has a health check and starts only after what it needs is healthy, and no secret is written into it.
 */
@SuppressWarnings("unchecked")
class ComposeFileTest {

    private static final Path DOCKER = Path.of("..", "docker");
    private static Map<String, Object> compose;

    @BeforeAll
    static void readComposeFile() throws IOException {
        compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
    }

    private static Map<String, Object> services() {
        return (Map<String, Object>) compose.get("services");
    }

    private static Map<String, Object> service(String name) {
        return (Map<String, Object>) services().get(name);
    }

    @Test
    void describesEveryPartOfTheDistributedSetUp() {
        assertThat(services()).containsOnlyKeys("axonserver", "mongo", "command-side", "query-side", "gateway");
    }

    @Test
    void everyThirdPartyImageIsPinnedToAVersion() {
        Pattern pinned = Pattern.compile("[a-z0-9./-]+:\\d+(\\.\\d+)+[A-Za-z0-9._-]*");
        for (String name : List.of("axonserver", "mongo", "gateway")) {
            String image = (String) service(name).get("image");
            assertThat(image).as(name).matches(pinned).doesNotContain("latest");
        }
    }

    @Test
    void everyServiceHasAHealthCheck() {
        services().forEach((name, definition) ->
                assertThat(((Map<String, Object>) definition)).as(name).containsKey("healthcheck"));
    }

    @Test
    void theApplicationsStartOnlyAfterTheirInfrastructureIsHealthy() {
        assertThat(dependsOn("command-side")).containsEntry("axonserver", Map.of("condition", "service_healthy"));
        assertThat(dependsOn("query-side"))
                .containsEntry("axonserver", Map.of("condition", "service_healthy"))
                .containsEntry("mongo", Map.of("condition", "service_healthy"));
        assertThat(dependsOn("gateway"))
                .containsEntry("command-side", Map.of("condition", "service_healthy"))
                .containsEntry("query-side", Map.of("condition", "service_healthy"));
    }

    private static Map<String, Object> dependsOn(String name) {
        return (Map<String, Object>) service(name).get("depends_on");
    }

    @Test
    void mongoRunsAsAReplicaSetSoTransactionsAndChangeStreamsAreAvailable() {
        assertThat((List<String>) service("mongo").get("command")).containsSequence("--replSet", "rs0");
        assertThat((String) ((Map<String, Object>) service("query-side").get("environment"))
                .get("SPRING_DATA_MONGODB_URI")).contains("replicaSet=rs0");
    }

    @Test
    void bothApplicationsAreBuiltFromTheRepositoryWithTheDockerfileThatExists() {
        for (String side : List.of("command-side", "query-side")) {
            Map<String, Object> build = (Map<String, Object>) service(side).get("build");
            Path context = DOCKER.resolve((String) build.get("context")).normalize();
            assertThat(context.resolve((String) build.get("dockerfile"))).isRegularFile();
            assertThat(context.resolve(side).resolve("pom.xml")).isRegularFile();
            assertThat(((Map<String, Object>) build.get("args")).get("MODULE")).isEqualTo(side);
        }
    }

    @Test
    void everyMountedFileExists() {
        services().forEach((name, definition) -> {
            List<String> volumes = (List<String>) ((Map<String, Object>) definition).getOrDefault("volumes", List.of());
            volumes.stream()
                    .map(volume -> volume.split(":")[0])
                    .filter(source -> source.startsWith("./"))
                    .forEach(source -> assertThat(DOCKER.resolve(source)).as(name).exists());
        });
    }

    @Test
    void passwordsComeFromTheEnvironmentNeverFromTheFile() throws IOException {
        String text = Files.readString(DOCKER.resolve("compose.yaml"));
        Map<String, Object> environment = (Map<String, Object>) service("command-side").get("environment");
        environment.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("_PASSWORD"))
                .forEach(entry -> assertThat((String) entry.getValue()).as(entry.getKey()).matches("\\{noop}\\$\\{[A-Z_]+:\\?.*}"));
        assertThat(text).doesNotContainPattern("(?im)password:\\s*[\"']?[a-z0-9]{3,}[\"']?\\s*$");
        assertThat(DOCKER.resolve(".env.example")).isRegularFile();
    }

    @Test
    void theGatewaySendsReadsToTheQuerySideAndWritesToTheCommandSide() throws IOException {
        String nginx = Files.readString(DOCKER.resolve("gateway/nginx.conf"));
        assertThat(nginx)
                .containsPattern("default\\s+command-side;")
                .containsPattern("GET\\s+query-side;")
                .contains("location /api/admin/")
                .contains("proxy_buffering off;");
    }
}
