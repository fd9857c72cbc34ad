package io.outturn.web.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request body limits ({@code outturn.http.*}): {@code max-body-bytes} for every request, and the larger
 * {@code max-import-bytes} for uploads under {@code /api/imports/}. Plain numbers are bytes; {@code 1MB} is 1 MiB.
 */
@ConfigurationProperties("outturn.http")
public record HttpLimitsProperties(
        @DefaultValue("1MB") DataSize maxBodyBytes,
        @DefaultValue("20MB") DataSize maxImportBytes) {

    public HttpLimitsProperties {
        if (maxBodyBytes.isNegative() || maxImportBytes.isNegative()) {
            throw new IllegalArgumentException("outturn.http body limits must not be negative");
        }
    }
}
