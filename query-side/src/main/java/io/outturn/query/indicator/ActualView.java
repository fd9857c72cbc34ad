package io.outturn.query.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/** One quarter on a card: the value, whether it has been restated, and its note when it has one. */
public record ActualView(BigDecimal value, boolean corrected,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String note) {

    static ActualView of(ActualEntry entry) {
        return new ActualView(entry.value(), entry.corrected(), entry.note());
    }
}
