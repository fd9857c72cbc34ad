package io.outturn.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Both sides in one JVM on embedded infrastructure. */
@SpringBootApplication(scanBasePackages = {"io.outturn.standalone", "io.outturn.command", "io.outturn.query", "io.outturn.web"})
public class StandaloneApplication {

    public static void main(String[] args) {
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
