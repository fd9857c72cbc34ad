package io.outturn.web.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "outturn.sample.from-command-line=true", args = "--server.port=0")
class DefaultsEnvironmentPostProcessorTest {

    @Autowired
    Environment environment;

    @Test
    void aModulesDefaultIsVisibleWhenNothingElseSetsIt() {
        assertThat(environment.getProperty("outturn.sample.only-in-defaults")).isEqualTo("from-defaults");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health,info,prometheus");
    }

    @Test
    void applicationYmlOverridesTheDefaults() {
        assertThat(environment.getProperty("outturn.sample.overridden")).isEqualTo("from-application-yml");
        assertThat(environment.getProperty("outturn.http.max-body-bytes")).isEqualTo("2KB");
    }

    @Test
    void theDefaultsComeAfterEverySourceThatCouldSetTheSameProperties() {
        List<PropertySource<?>> sources = ((ConfigurableEnvironment) environment).getPropertySources().stream().toList();
        int firstDefault = -1;
        int lastOther = -1;
        for (int i = 0; i < sources.size(); i++) {
            PropertySource<?> source = sources.get(i);
            if (source.getName().startsWith(DefaultsEnvironmentPostProcessor.SOURCE_PREFIX)) {
                firstDefault = firstDefault < 0 ? i : firstDefault;
            } else if (setsOutturnOrServerProperties(source)) {
                lastOther = i;
            }
        }
        assertThat(firstDefault).isGreaterThan(lastOther);
        assertThat(lastOther).as("application.yml and the test properties set outturn.*").isNotNegative();
    }

    private static boolean setsOutturnOrServerProperties(PropertySource<?> source) {
        if (source.getName().equals("systemEnvironment") || source.getName().equals("systemProperties")) {
            return true;
        }
        return source instanceof EnumerablePropertySource<?> enumerable && Arrays.stream(enumerable.getPropertyNames())
                .anyMatch(name -> name.startsWith("outturn.") || name.startsWith("server."));
    }

    @Test
    void everyHigherSourceOverridesADefault() {
        StandardEnvironment plain = new StandardEnvironment();
        plain.getPropertySources().addFirst(new MapPropertySource("commandLineArgs",
                Map.of("outturn.sample.overridden", "from-command-line")));

        new DefaultsEnvironmentPostProcessor().postProcessEnvironment(plain, new SpringApplication());

        assertThat(plain.getProperty("outturn.sample.overridden")).isEqualTo("from-command-line");
        assertThat(plain.getProperty("outturn.sample.only-in-defaults")).isEqualTo("from-defaults");
        assertThat(plain.getProperty("server.error.whitelabel.enabled")).isEqualTo("false");
    }

    @Test
    void runningTheLoaderTwiceAddsNothingTwice() {
        StandardEnvironment plain = new StandardEnvironment();
        DefaultsEnvironmentPostProcessor loader = new DefaultsEnvironmentPostProcessor();
        loader.postProcessEnvironment(plain, new SpringApplication());
        long once = plain.getPropertySources().stream().count();

        loader.postProcessEnvironment(plain, new SpringApplication());

        assertThat(plain.getPropertySources().stream().count()).isEqualTo(once);
    }
}
