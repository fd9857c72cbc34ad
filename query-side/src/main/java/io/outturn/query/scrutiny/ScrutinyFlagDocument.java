package io.outturn.query.scrutiny;

import io.outturn.query.indicator.FlagKind;
import io.outturn.query.indicator.ScrutinyFlag;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * A {@code scrutiny_flags} document: one flag, {@code _id} its id (the raising event's id and the kind), so that a
 * replay writes it again under the same id. The fields the list filters and sorts on are copied beside the flag.
 */
record ScrutinyFlagDocument(@Id String id, FlagKind kind, IndicatorId indicatorId, String organisation,
                            FinancialYear fy, Instant raisedAt, ScrutinyFlag flag) {

    static final String COLLECTION = "scrutiny_flags";

    static ScrutinyFlagDocument of(ScrutinyFlag flag) {
        return new ScrutinyFlagDocument(flag.id(), flag.kind(), flag.indicatorId(), flag.organisation(), flag.fy(),
                flag.raisedAt(), flag);
    }
}
