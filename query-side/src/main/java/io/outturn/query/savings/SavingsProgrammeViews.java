package io.outturn.query.savings;

import io.outturn.query.eventstore.Basis;
import io.outturn.values.FinancialYear;
import io.outturn.values.Money;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Renders a folded programme as the API's view; every total is derived here from the lines. */
final class SavingsProgrammeViews {

    private SavingsProgrammeViews() {
    }

    /** The programme now. */
    static SavingsProgrammeView of(SavingsProgrammeState state) {
        return of(state, null);
    }

    /** The programme on {@code basis}, which the view names; null for now. */
    static SavingsProgrammeView of(SavingsProgrammeState state, Basis basis) {
        SortedMap<FinancialYear, Money> totals = totals(state);
        Money totalAllYears = sum(totals);
        Money gap = state.overallTarget() == null ? null : state.overallTarget().minus(totalAllYears);
        return new SavingsProgrammeView(state.id(), state.title(), state.organisation(), state.financialYears(),
                state.overallTarget(), totals, totalAllYears, gap, state.lines(), state.version(),
                state.lastChangedAt(), basis);
    }

    /**
     * Per financial year, the sum over lines not withdrawn. Every year of the programme appears, at zero when no
     * line saves anything in it, and so does any year a line plans for outside them.
     */
    static SortedMap<FinancialYear, Money> totals(SavingsProgrammeState state) {
        TreeMap<FinancialYear, Money> totals = new TreeMap<>();
        state.financialYears().forEach(fy -> totals.put(fy, Money.ZERO));
        state.lines().stream()
                .filter(line -> !line.withdrawn())
                .forEach(line -> line.profile().asMap().forEach((fy, amount) -> totals.merge(fy, amount, Money::plus)));
        return Collections.unmodifiableSortedMap(totals);
    }

    static Money sum(SortedMap<FinancialYear, Money> totals) {
        return totals.values().stream().reduce(Money.ZERO, Money::plus);
    }
}
