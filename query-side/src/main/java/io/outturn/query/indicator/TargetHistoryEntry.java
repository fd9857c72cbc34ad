package io.outturn.query.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.outturn.values.PrintedTarget;
import io.outturn.values.Target;

import java.time.Instant;

/**
 * One change to a target: what it became ({@code set}, null for a withdrawal), what it was before
 * ({@code replaced}, null for the first), who changed it, why and when; {@code version} is the indicator's
 * version after it. API.md prints each printed target flat, {@code target}/{@code printed} and
 * {@code previous}/{@code previousPrinted}, each null when absent.
 */
@JsonPropertyOrder({"version", "target", "printed", "previous", "previousPrinted", "withdrawn"})
record TargetHistoryEntry(
        long version,
        @JsonIgnore PrintedTarget set,
        @JsonIgnore PrintedTarget replaced,
        String actor,
        String reason,
        Instant recordedAt,
        String eventId) {

    @JsonProperty
    boolean withdrawn() {
        return set == null;
    }

    @JsonProperty
    Target target() {
        return set == null ? null : set.target();
    }

    @JsonProperty
    String printed() {
        return set == null ? null : set.printed();
    }

    @JsonProperty
    Target previous() {
        return replaced == null ? null : replaced.target();
    }

    @JsonProperty
    String previousPrinted() {
        return replaced == null ? null : replaced.printed();
    }
}
