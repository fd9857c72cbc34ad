package io.outturn.query.scaleout;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How many of a processor's segments one query-side instance should hold: with {@code segments} segments and
 * {@code instances} instances, at most ceil(segments / instances). An instance that holds more gives up its
 * highest-numbered surplus, which the others' processors then claim; it never takes any by force, so instances
 * that each give up only their own surplus never fight over a segment.
 */
final class FairShare {

    private FairShare() {
    }

    static int share(int segments, int instances) {
        if (instances < 1) {
            return segments;
        }
        return (segments + instances - 1) / instances;
    }

    /** The segments of {@code held} to give up, highest first; empty when this instance holds no more than its share. */
    static List<Integer> surplus(Collection<Integer> held, int segments, int instances) {
        int keep = share(segments, instances);
        return held.stream().sorted(Comparator.reverseOrder()).limit(Math.max(0, held.size() - keep)).toList();
    }
}
