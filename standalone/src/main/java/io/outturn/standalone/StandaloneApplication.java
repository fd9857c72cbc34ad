package io.outturn.standalone;

import io.outturn.command.CommandSideApplication;
import io.outturn.query.QuerySideApplication;
import io.outturn.standalone.cli.ImportCommandLine;
import io.outturn.standalone.cli.VerifyCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Both sides in one JVM on embedded infrastructure: an H2-file event store and an in-process MongoDB.
 *
 * <p>The side applications are excluded from the scan: each is a {@code @SpringBootApplication} of its own and
 * would otherwise become a second configuration root. Boot's own DataSource is excluded because the event
 * store's DataSource is built here only when there is no Axon Server; with Axon Server, no H2 file and no
 * JDBC infrastructure should appear at all.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(StandaloneProperties.class)
@ComponentScan(
        basePackages = {"io.outturn.standalone", "io.outturn.command", "io.outturn.query", "io.outturn.web"},
        excludeFilters = {
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                        classes = {CommandSideApplication.class, QuerySideApplication.class})
        })
public class StandaloneApplication {

    public static void main(String[] args) {
        // `java -jar outturn-standalone.jar import ...` is a client of a running instance, not a second server;
        // `... verify PACK.zip` needs no server at all.
        if (ImportCommandLine.run(args) || VerifyCommandLine.run(args)) {
            return;
        }
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
