package io.outturn.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes Tomcat render its own refusals (those made before any servlet is reached) with
 * {@link ContainerErrorReportValve}. The host adds its error report valve when it starts unless one of the
 * configured class is already there: naming our class and adding our instance keeps Tomcat's HTML page out.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(ObjectMapper objectMapper) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorReportValve.class.getName());
                host.getPipeline().addValve(new ContainerErrorReportValve(objectMapper));
            }
        });
    }
}
