package io.outturn.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query side on its own, for the distributed set-up (Axon Server and MongoDB). */
@SpringBootApplication(scanBasePackages = {"io.outturn.query", "io.outturn.web"})
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
