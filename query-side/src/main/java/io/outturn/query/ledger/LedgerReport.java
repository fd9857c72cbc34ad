package io.outturn.query.ledger;

import io.outturn.ledger.CheckpointView;

import java.util.List;

/**
 * What verifying the whole event store found.
 *
 * @param intact           true when no aggregate has a broken link
 * @param storePosition    the store's global position the walk read up to (-1: empty)
 * @param events           events read, the checkpoint stream's included
 * @param aggregates       aggregates read, the checkpoint stream included
 * @param beforeTheLedger  events stored before the ledger existed: no stored hash, chained retroactively
 * @param latestCheckpoint the newest valid checkpoint, against which truncation was checked; null if none
 * @param broken           every aggregate's first broken link, by aggregate
 */
record LedgerReport(
        boolean intact,
        long storePosition,
        long events,
        int aggregates,
        BeforeTheLedger beforeTheLedger,
        CheckpointView latestCheckpoint,
        List<BrokenLink> broken) {

    /** @param events events without a stored hash; @param aggregates the aggregates they belong to */
    record BeforeTheLedger(long events, int aggregates) {
    }
}
