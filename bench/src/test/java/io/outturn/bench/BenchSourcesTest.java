package io.outturn.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark compiles standalone's sources beside its own, so nothing stops a class of its own from being put
 * into one of standalone's packages to reach what is package-private there; this does. What the benchmark needs
 * from standalone, standalone offers publicly.
 */
class BenchSourcesTest {

    @Test
    void everyClassOfTheBenchmarkIsInItsOwnPackage() throws IOException {
        Path sources = Path.of("src", "main", "java");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).map(sources::relativize).toList();
        }

        assertThat(files).isNotEmpty().allSatisfy(file ->
                assertThat(file.getParent()).isEqualTo(Path.of("io", "outturn", "bench")));
    }
}
