package io.outturn.query.savings;

import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the savings read model knows about one programme after folding its events: enough to continue
 * folding and to render the view. {@code title} and {@code organisation} are null until the creation event
 * has been seen; {@code overallTarget} is null when the plan set none. {@code version} is the number of
 * events applied (sequence + 1 of the last one).
 */
record SavingsProgrammeState(
        ProgrammeId id,
        String title,
        String organisation,
        List<FinancialYear> financialYears,
        Money overallTarget,
        List<SavingsLine> lines,
        long version,
        Instant lastChangedAt) {

    SavingsProgrammeState {
        if (id == null) {
            throw new IllegalArgumentException("programme id is missing");
        }
        financialYears = financialYears == null ? List.of() : List.copyOf(financialYears);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Before any event: only the identity is known. */
    static SavingsProgrammeState empty(ProgrammeId id) {
        return new SavingsProgrammeState(id, null, null, List.of(), null, List.of(), 0, null);
    }

    Optional<SavingsLine> line(LineId lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst();
    }

    SavingsProgrammeState created(String newTitle, String newOrganisation, List<FinancialYear> years, Money target) {
        return new SavingsProgrammeState(id, newTitle, newOrganisation, years, target, lines, version, lastChangedAt);
    }

    /** Adds the line, or replaces the line with the same id where there is one, keeping the order lines were added in. */
    SavingsProgrammeState withLine(SavingsLine line) {
        List<SavingsLine> next = new ArrayList<>(lines);
        int at = indexOf(line.lineId());
        if (at < 0) {
            next.add(line);
        } else {
            next.set(at, line);
        }
        return new SavingsProgrammeState(id, title, organisation, financialYears, overallTarget, next, version,
                lastChangedAt);
    }

    SavingsProgrammeState appliedAt(long newVersion, Instant at) {
        return new SavingsProgrammeState(id, title, organisation, financialYears, overallTarget, lines, newVersion, at);
    }

    private int indexOf(LineId lineId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).lineId().equals(lineId)) {
                return i;
            }
        }
        return -1;
    }
}
