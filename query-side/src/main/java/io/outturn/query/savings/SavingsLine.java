package io.outturn.query.savings;

import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.SavingsProfile;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One savings line, as folded and as the programme view shows it: its current profile (a withdrawn line keeps
 * the profile it had, for the record, but counts in no total), how many times the profile was revised, and per
 * financial year the latest delivery reported. The stored document has its own mapping
 * ({@link SavingsProgrammeDocument}), so this shape is the API's.
 */
record SavingsLine(
        LineId lineId,
        String ref,
        String title,
        String serviceArea,
        SavingsProfile profile,
        boolean withdrawn,
        int revisions,
        SortedMap<FinancialYear, LineDelivery> delivery) {

    SavingsLine {
        if (lineId == null) {
            throw new IllegalArgumentException("savings line id is missing");
        }
        if (profile == null) {
            profile = new SavingsProfile(new TreeMap<>());
        }
        delivery = Collections.unmodifiableSortedMap(delivery == null ? new TreeMap<>() : new TreeMap<>(delivery));
    }

    SavingsLine revised(SavingsProfile newProfile) {
        return new SavingsLine(lineId, ref, title, serviceArea, newProfile, withdrawn, revisions + 1, delivery);
    }

    SavingsLine withdraw() {
        return new SavingsLine(lineId, ref, title, serviceArea, profile, true, revisions, delivery);
    }

    /**
     * Keeps, per year, the report for the latest quarter: a report for an earlier quarter arriving later (a
     * restated Q2 after Q3 was reported) does not hide the later quarter's position.
     */
    SavingsLine delivered(FinancialYear fy, LineDelivery report) {
        LineDelivery current = delivery.get(fy);
        if (current != null && report.quarter().compareTo(current.quarter()) < 0) {
            return this;
        }
        TreeMap<FinancialYear, LineDelivery> next = new TreeMap<>(delivery);
        next.put(fy, report);
        return new SavingsLine(lineId, ref, title, serviceArea, profile, withdrawn, revisions, next);
    }
}
