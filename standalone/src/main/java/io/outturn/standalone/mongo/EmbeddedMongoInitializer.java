package io.outturn.standalone.mongo;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Registered in {@code META-INF/spring.factories}: arranges for the embedded MongoDB to start early. */
public class EmbeddedMongoInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.addBeanFactoryPostProcessor(new EmbeddedMongoStarter(context.getEnvironment()));
    }
}
