package io.outturn.query.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.ZoneId;

/**
 * The organisation's time zone, which says on what day an event was recorded and when a reporting deadline ends:
 * {@code outturn.time-zone}, the property the command side's clock is set by (UK time unless set), so that both sides
 * count days alike. Scrutiny flags are derived from the events and this zone alone.
 */
public record OrganisationZone(ZoneId zone) {

    public static final String PROPERTY = "outturn.time-zone";
    public static final String UK = "Europe/London";

    @Configuration(proxyBeanMethods = false)
    static class Configured {
        @Bean
        OrganisationZone organisationZone(@Value("${" + PROPERTY + ":" + UK + "}") ZoneId zone) {
            return new OrganisationZone(zone);
        }
    }
}
