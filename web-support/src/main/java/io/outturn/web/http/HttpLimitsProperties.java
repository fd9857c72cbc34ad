package io.outturn.web.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Request body limits ({@code outturn.http.*}): {@code max-body-bytes} for every request, and the larger
 * {@code max-import-bytes} for uploads under {@code /api/imports/}. Plain numbers are bytes; {@code 1MB} is 1 MiB.
 * {@code body-read-timeout} is how long a whole body may take to arrive, however it trickles in; a body that stops
 * arriving altogether is also bounded by the container's {@code server.tomcat.connection-timeout}.
 */
@ConfigurationProperties("outturn.http")
public record HttpLimitsProperties(
        @DefaultValue("1MB") DataSize maxBodyBytes,
        @DefaultValue("20MB") DataSize maxImportBytes,
        @DefaultValue("60s") Duration bodyReadTimeout) {

    public HttpLimitsProperties {
        if (maxBodyBytes.isNegative() || maxImportBytes.isNegative()) {
            throw new IllegalArgumentException("outturn.http body limits must not be negative");
        }
        if (bodyReadTimeout.isNegative() || bodyReadTimeout.isZero()) {
            throw new IllegalArgumentException("outturn.http.body-read-timeout must be positive");
        }
    }
}
