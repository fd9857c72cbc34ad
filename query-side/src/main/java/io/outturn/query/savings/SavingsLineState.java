package io.outturn.query.savings;

import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.SavingsProfile;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One savings line as folded: its current profile (for a withdrawn line, the profile it had when withdrawn),
 * how many times it was revised, and per financial year the latest delivery reported.
 */
record SavingsLineState(
        LineId lineId,
        String ref,
        String title,
        String serviceArea,
        SavingsProfile profile,
        boolean withdrawn,
        int revisions,
        SortedMap<FinancialYear, LineDelivery> delivery) {

    SavingsLineState {
        if (lineId == null) {
            throw new IllegalArgumentException("savings line id is missing");
        }
        if (profile == null) {
            profile = new SavingsProfile(new TreeMap<>());
        }
        delivery = Collections.unmodifiableSortedMap(delivery == null ? new TreeMap<>() : new TreeMap<>(delivery));
    }

    SavingsLineState revised(SavingsProfile newProfile) {
        return new SavingsLineState(lineId, ref, title, serviceArea, newProfile, withdrawn, revisions + 1, delivery);
    }

    SavingsLineState withdraw() {
        return new SavingsLineState(lineId, ref, title, serviceArea, profile, true, revisions, delivery);
    }

    /**
     * Keeps, per year, the report for the latest quarter: a report for an earlier quarter arriving later (a
     * restated Q2 after Q3 was reported) does not hide the later quarter's position.
     */
    SavingsLineState delivered(FinancialYear fy, LineDelivery report) {
        LineDelivery current = delivery.get(fy);
        if (current != null && report.quarter().compareTo(current.quarter()) < 0) {
            return this;
        }
        TreeMap<FinancialYear, LineDelivery> next = new TreeMap<>(delivery);
        next.put(fy, report);
        return new SavingsLineState(lineId, ref, title, serviceArea, profile, withdrawn, revisions, next);
    }
}
