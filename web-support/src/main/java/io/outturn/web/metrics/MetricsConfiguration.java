package io.outturn.web.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the metrics may say about the machine they run on. The disk space meters Spring Boot registers name the
 * directory they measure by its absolute path ({@code disk_free_bytes{path="/srv/outturn/."}}), which told anyone
 * who could scrape where the data lives (issue 9, point 10). The tag is dropped: there is one such directory, the
 * working one, and its free space is what an operator watches.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    static final String PATH_TAG = "path";

    @Bean
    MeterFilter noFileSystemPaths() {
        return MeterFilter.ignoreTags(PATH_TAG);
    }
}
