package io.outturn.query.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.outturn.values.PrintedTarget;
import io.outturn.values.Target;

import java.time.Instant;
import java.util.function.Function;

/**
 * One change to a target: what it became ({@code set}, null for a withdrawal), what it was before
 * ({@code replaced}, null for the first), who changed it, why and when it was recorded, and when it took effect
 * ({@code effectiveFrom}, absent when as it was recorded); {@code version} is the indicator's version after it.
 * API.md prints each printed target flat, {@code target}/{@code printed} and {@code previous}/{@code previousPrinted},
 * each null when absent.
 */
@JsonPropertyOrder({"version", "target", "printed", "previous", "previousPrinted", "withdrawn",
        "effectiveFrom"})
record TargetHistoryEntry(
        long version,
        @JsonIgnore PrintedTarget set,
        @JsonIgnore PrintedTarget replaced,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant effectiveFrom,
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
        return part(set, PrintedTarget::target);
    }

    @JsonProperty
    String printed() {
        return part(set, PrintedTarget::printed);
    }

    @JsonProperty
    Target previous() {
        return part(replaced, PrintedTarget::target);
    }

    @JsonProperty
    String previousPrinted() {
        return part(replaced, PrintedTarget::printed);
    }

    private static <T> T part(PrintedTarget printedTarget, Function<PrintedTarget, T> part) {
        return printedTarget == null ? null : part.apply(printedTarget);
    }
}
