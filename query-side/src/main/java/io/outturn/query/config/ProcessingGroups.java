package io.outturn.query.config;

import java.util.List;

/** The query side's processing groups: one per read model, each replayable on its own. */
public final class ProcessingGroups {

    public static final String KPI_STATUS = "kpi-status";
    public static final String AUDIT_LOG = "audit-log";
    public static final String YEAR_ON_YEAR = "year-on-year";
    public static final String SAVINGS_PROGRAMME = "savings-programme";
    public static final String SCRUTINY = "scrutiny";

    public static final List<String> ALL = List.of(KPI_STATUS, AUDIT_LOG, YEAR_ON_YEAR, SAVINGS_PROGRAMME,
            SCRUTINY);

    private ProcessingGroups() {
    }
}
