package io.outturn.distributed;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the distributed set-up is started from: an Axon Server (the jar in {@code ../shared/tools/axonserver}
 * beside the repository or, failing that, the image {@code docker/compose.yaml} pins, where a Docker engine runs)
 * and the two sides' runnable jars. The build passes their places as system properties ({@code outturn.repository},
 * {@code outturn.axonserver.home}, {@code outturn.command-side.jar}, {@code outturn.query-side.jar}); without them
 * they are looked for from the working directory up.
 */
public final class Prerequisites {

    private final Path repository;
    private final Path axonServerHome;
    private final Path commandSideJar;
    private final Path querySideJar;
    private final boolean dockerAvailable;

    private Prerequisites(Path repository, Path axonServerHome, Path commandSideJar, Path querySideJar,
                          boolean dockerAvailable) {
        this.repository = repository;
        this.axonServerHome = axonServerHome;
        this.commandSideJar = commandSideJar;
        this.querySideJar = querySideJar;
        this.dockerAvailable = dockerAvailable;
    }

    public static Prerequisites fromSystemProperties() {
        Path repository = property("outturn.repository").orElseGet(Prerequisites::repositoryAbove);
        Path home = property("outturn.axonserver.home")
                .orElse(repository.resolve("..").resolve("shared").resolve("tools").resolve("axonserver"));
        Path commandSide = property("outturn.command-side.jar").orElseGet(() -> builtJar(repository, Side.COMMAND_SIDE));
        Path querySide = property("outturn.query-side.jar").orElseGet(() -> builtJar(repository, Side.QUERY_SIDE));
        boolean docker = !AxonServerJar.isIn(home) && AxonServerContainer.dockerAvailable();
        return new Prerequisites(repository.normalize(), home.normalize(), commandSide, querySide, docker);
    }

    /** Why the set-up cannot be started here, if it cannot; empty when everything is in place. */
    public Optional<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!AxonServerJar.isIn(axonServerHome) && !dockerAvailable) {
            missing.add("no Axon Server: neither " + axonServerHome.resolve(AxonServerJar.JAR)
                    + " exists nor does a Docker engine answer (for the image " + composeAxonServerImage() + ")");
        }
        if (!Files.isRegularFile(commandSideJar)) {
            missing.add("the command side's runnable jar " + commandSideJar + " has not been built");
        }
        if (!Files.isRegularFile(querySideJar)) {
            missing.add("the query side's runnable jar " + querySideJar + " has not been built");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", missing));
    }

    /** How Axon Server will be run: from the jar, or from the pinned image. */
    public String axonServerSource() {
        return AxonServerJar.isIn(axonServerHome) ? axonServerHome.resolve(AxonServerJar.JAR).toString()
                : "image " + composeAxonServerImage();
    }

    AxonServer startAxonServer(Path dataDir, Path logs, String heap) {
        if (AxonServerJar.isIn(axonServerHome)) {
            return AxonServerJar.start(axonServerHome, dataDir, logs, heap);
        }
        return AxonServerContainer.start(composeAxonServerImage(), logs);
    }

    public Path jar(Side side) {
        return side == Side.COMMAND_SIDE ? commandSideJar : querySideJar;
    }

    public Path repository() {
        return repository;
    }

    /** The Axon Server image {@code docker/compose.yaml} runs, so the suite and the deployment use one version. */
    @SuppressWarnings("unchecked")
    String composeAxonServerImage() {
        try {
            Map<String, Object> compose = new Yaml().load(Files.readString(repository.resolve("docker").resolve("compose.yaml")));
            Map<String, Object> services = (Map<String, Object>) compose.get("services");
            return (String) ((Map<String, Object>) services.get("axonserver")).get("image");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read docker/compose.yaml under " + repository, e);
        }
    }

    private static Optional<Path> property(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    private static Path repositoryAbove() {
        Path candidate = Path.of("").toAbsolutePath();
        while (candidate != null) {
            if (Files.isRegularFile(candidate.resolve("mvnw")) && Files.isDirectory(candidate.resolve("docker"))) {
                return candidate;
            }
            candidate = candidate.getParent();
        }
        throw new IllegalStateException("not inside the Outturn repository: " + Path.of("").toAbsolutePath());
    }

    /** The newest {@code <module>/target/<module>-*-exec.jar}, or where it would be. */
    private static Path builtJar(Path repository, Side side) {
        Path target = repository.resolve(side.service()).resolve("target");
        if (!Files.isDirectory(target)) {
            return target.resolve(side.service() + "-exec.jar");
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith(side.service() + "-") && name.endsWith("-exec.jar");
                    })
                    .max(Comparator.comparing(file -> file.toFile().lastModified()))
                    .orElse(target.resolve(side.service() + "-exec.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
