package io.outturn.query.rules;

import io.outturn.values.Assessment;
import io.outturn.values.Baseline;
import io.outturn.values.FinancialYear;
import io.outturn.values.Polarity;
import io.outturn.values.Quarter;
import io.outturn.values.RollUp;
import io.outturn.values.Target;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything needed to judge one indicator in one financial year. {@code target}, {@code assessment},
 * {@code baseline} and {@code tolerancePercent} (then {@link io.outturn.values.Tolerance#DEFAULT}) may be null;
 * {@code actuals} may be empty.
 * {@code outturnByYear} holds completed years' outturns, for a CHANGE measured against a named year.
 */
public record StatusInput(Polarity polarity, RollUp rollUp, BigDecimal tolerancePercent, Baseline baseline,
                          Target target, Assessment assessment, Map<Quarter, BigDecimal> actuals,
                          Map<FinancialYear, BigDecimal> outturnByYear) {

    public StatusInput {
        actuals = Figures.reported(actuals);
        outturnByYear = outturnByYear == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(outturnByYear));
    }
}
