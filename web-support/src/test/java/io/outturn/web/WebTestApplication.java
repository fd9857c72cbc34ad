package io.outturn.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal application around web-support, so its security, problems and filters are tested as wired. */
@SpringBootApplication
public class WebTestApplication {
}
