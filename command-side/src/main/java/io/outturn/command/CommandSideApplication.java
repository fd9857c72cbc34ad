package io.outturn.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side on its own, for the distributed set-up (Axon Server). */
@SpringBootApplication(scanBasePackages = {"io.outturn.command", "io.outturn.web"})
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
