package io.outturn.query.savings;

import io.outturn.values.ProgrammeId;

/**
 * Subscription query on the version of one savings programme, for reads that wait for a version
 * ({@link io.outturn.query.web.VersionWait}): the initial result is the version stored now (0 when there is none
 * yet), each update the version a committed batch wrote.
 */
public record ProgrammeVersionQuery(ProgrammeId programmeId) {
}
