package io.outturn.query.rules;

import io.outturn.values.Assessment;
import io.outturn.values.Baseline;
import io.outturn.values.ChangeReference;
import io.outturn.values.FinancialYear;
import io.outturn.values.Polarity;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.RollUp;
import io.outturn.values.Target;
import io.outturn.values.Tolerance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/** The status (RAG) rules of DESIGN.md section 2, as pure functions. */
public final class StatusCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private StatusCalculator() {
    }

    public static StatusResult evaluate(StatusInput input) {
        Objects.requireNonNull(input, "input");
        BigDecimal yearToDate = yearToDate(input.rollUp(), input.actuals()).orElse(null);
        BigDecimal forecast = forecastOutturn(input.rollUp(), input.actuals()).orElse(null);
        Target effective = resolve(input.target(), input.polarity(), input.baseline(), input.outturnByYear())
                .orElse(null);
        Rag rag = input.target() instanceof Target.Milestone
                ? judgeMilestone(input.assessment())
                : judge(effective, forecast, input.tolerancePercent());
        return new StatusResult(yearToDate, forecast, rag, effective, Figures.reported(input.actuals()).size());
    }

    /** The year so far by the roll-up rule ({@link Outturn#of}); empty before any quarter is reported. */
    public static Optional<BigDecimal> yearToDate(RollUp rollUp, Map<Quarter, BigDecimal> actuals) {
        return Outturn.of(rollUp, actuals).map(Outturn::value);
    }

    /**
     * Where the year is heading. A SUM is projected at its run rate (mean per reported quarter, times four); a
     * snapshot or an average already stands for the whole year, so its forecast is the year to date. Once Q4 is
     * reported the year is over and the forecast is the outturn (the year to date): a quarter still missing then
     * is a gap in the record, not something to extrapolate.
     */
    public static Optional<BigDecimal> forecastOutturn(RollUp rollUp, Map<Quarter, BigDecimal> actuals) {
        SortedMap<Quarter, BigDecimal> reported = Figures.reported(actuals);
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        if (rollUp != RollUp.SUM || reported.containsKey(Quarter.Q4)) {
            return yearToDate(rollUp, reported);
        }
        BigDecimal runRateTimesFour = Figures.sum(reported).multiply(Figures.QUARTERS_IN_A_YEAR)
                .divide(BigDecimal.valueOf(reported.size()), Figures.DIVISION);
        return Optional.of(Figures.value(runRateTimesFour));
    }

    /**
     * The target to judge. A CHANGE becomes a threshold: reference value (the baseline, or the named year's
     * outturn) changed by the percentage or the absolute amount, AT_LEAST for higher-is-better, AT_MOST for
     * lower-is-better, and for within-range the way the change points (up or none: AT_LEAST, down: AT_MOST);
     * empty while the reference value is missing. Every other target is judged as it is; empty when there is none.
     */
    public static Optional<Target> resolve(Target target, Polarity polarity, Baseline baseline,
                                           Map<FinancialYear, BigDecimal> outturnByYear) {
        if (!(target instanceof Target.Change change)) {
            return Optional.ofNullable(target);
        }
        Optional<BigDecimal> reference = referenceValue(change.reference(), baseline, outturnByYear);
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        Objects.requireNonNull(polarity, "polarity");
        BigDecimal ref = reference.get();
        BigDecimal signedChange = change.changePercent() != null ? change.changePercent() : change.changeAbsolute();
        BigDecimal value = change.changePercent() != null
                ? ref.multiply(HUNDRED.add(change.changePercent())).movePointLeft(2)
                : ref.add(change.changeAbsolute());
        value = Figures.value(value);
        boolean upward = switch (polarity) {
            case HIGHER_IS_BETTER -> true;
            case LOWER_IS_BETTER -> false;
            case WITHIN_RANGE -> signedChange.signum() >= 0;
        };
        return Optional.of(upward ? new Target.AtLeast(value, true) : new Target.AtMost(value, true));
    }

    /**
     * The RAG of a value against a threshold or range target: GREEN met; AMBER missed by no more than
     * {@code tolerancePercent} of the threshold (of the nearer bound of a range; {@link Tolerance#DEFAULT} when
     * null); RED missed by more. A strict
     * threshold met exactly is missed by zero, so AMBER. A threshold of zero leaves no tolerance at all: any
     * miss is RED. GREY when there is no target or no value, and for targets not judged by value (TO_BE_CONFIRMED,
     * an unresolved CHANGE, and MILESTONE, which {@link #judgeMilestone(Assessment)} judges).
     */
    public static Rag judge(Target effectiveTarget, BigDecimal value, BigDecimal tolerancePercent) {
        if (effectiveTarget == null || value == null) {
            return Rag.GREY;
        }
        Tolerance tolerance = Tolerance.ofPercentOrDefault(tolerancePercent);
        if (effectiveTarget instanceof Target.AtLeast atLeast) {
            int versus = value.compareTo(atLeast.value());
            if (versus > 0 || (versus == 0 && atLeast.inclusive())) {
                return Rag.GREEN;
            }
            return missedBy(atLeast.value().subtract(value), atLeast.value(), tolerance);
        }
        if (effectiveTarget instanceof Target.AtMost atMost) {
            int versus = value.compareTo(atMost.value());
            if (versus < 0 || (versus == 0 && atMost.inclusive())) {
                return Rag.GREEN;
            }
            return missedBy(value.subtract(atMost.value()), atMost.value(), tolerance);
        }
        if (effectiveTarget instanceof Target.Range range) {
            if (value.compareTo(range.low()) < 0) {
                return missedBy(range.low().subtract(value), range.low(), tolerance);
            }
            if (value.compareTo(range.high()) > 0) {
                return missedBy(value.subtract(range.high()), range.high(), tolerance);
            }
            return Rag.GREEN;
        }
        return Rag.GREY;
    }

    /** A milestone is judged by its assessment alone: GREY until one is recorded. */
    public static Rag judgeMilestone(Assessment assessment) {
        if (assessment == null) {
            return Rag.GREY;
        }
        return switch (assessment) {
            case ACHIEVED -> Rag.GREEN;
            case PARTIALLY_ACHIEVED -> Rag.AMBER;
            case NOT_ACHIEVED -> Rag.RED;
        };
    }

    private static Optional<BigDecimal> referenceValue(ChangeReference reference, Baseline baseline,
                                                       Map<FinancialYear, BigDecimal> outturnByYear) {
        if (reference.isBaseline()) {
            return Optional.ofNullable(baseline).map(Baseline::value);
        }
        return outturnByYear == null
                ? Optional.empty()
                : Optional.ofNullable(outturnByYear.get(reference.financialYear()));
    }

    /** The tolerance band is measured from the threshold's size, so a negative threshold still gets a band. */
    private static Rag missedBy(BigDecimal miss, BigDecimal threshold, Tolerance tolerance) {
        BigDecimal allowed = threshold.abs().multiply(tolerance.percent()).movePointLeft(2);
        return miss.compareTo(allowed) <= 0 ? Rag.AMBER : Rag.RED;
    }
}
