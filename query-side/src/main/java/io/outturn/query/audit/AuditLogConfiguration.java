package io.outturn.query.audit;

import io.outturn.query.config.ReadModelIndexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the audit log's indexes, ensured at start-up before any processor writes. */
@Configuration(proxyBeanMethods = false)
class AuditLogConfiguration {

    @Bean
    ReadModelIndexes auditLogIndexes() {
        return AuditLog.INDEXES;
    }
}
