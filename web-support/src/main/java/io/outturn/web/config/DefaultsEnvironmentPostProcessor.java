package io.outturn.web.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Adds every module's shipped defaults ({@code classpath*:outturn-defaults/*.yml}) as the lowest-precedence
 * property sources, so that each module can say what it needs without owning the application's
 * {@code application.yml}, and anything the operator sets (application.yml, environment variables, command-line
 * flags) overrides them. Files are added in name order; two files should not set the same property.
 */
public class DefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String LOCATION = "classpath*:outturn-defaults/*.yml";
    static final String SOURCE_PREFIX = "outturn-defaults: ";

    private final ResourcePatternResolver resolver;
    private final YamlPropertySourceLoader loader = new YamlPropertySourceLoader();

    public DefaultsEnvironmentPostProcessor() {
        this(new PathMatchingResourcePatternResolver());
    }

    DefaultsEnvironmentPostProcessor(ResourcePatternResolver resolver) {
        this.resolver = resolver;
    }

    /** After the config-data processor, so that application.yml is already in place above us. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        for (Resource resource : defaults()) {
            for (PropertySource<?> source : load(resource)) {
                if (!sources.contains(source.getName())) {
                    sources.addLast(source);
                }
            }
        }
    }

    private List<Resource> defaults() {
        try {
            return Arrays.stream(resolver.getResources(LOCATION))
                    .filter(Resource::exists)
                    .sorted(Comparator.comparing((Resource r) -> String.valueOf(r.getFilename()))
                            .thenComparing(r -> r.getDescription()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + LOCATION, e);
        }
    }

    private List<PropertySource<?>> load(Resource resource) {
        try {
            return loader.load(SOURCE_PREFIX + resource.getDescription(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read defaults " + resource.getDescription(), e);
        }
    }
}
