package io.outturn.query.indicator;

import java.math.BigDecimal;

/** One quarter's reported value; {@code corrected} once it has been restated. {@code note} may be null. */
public record ActualEntry(BigDecimal value, boolean corrected, String note) {
}
