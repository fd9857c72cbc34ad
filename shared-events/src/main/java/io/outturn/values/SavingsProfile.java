package io.outturn.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** A savings line's planned amount per financial year, oldest year first. Written as {@code {"2011-12": 400000}}. */
public record SavingsProfile(SortedMap<FinancialYear, Money> amounts) {

    public SavingsProfile {
        if (amounts == null) {
            throw new IllegalArgumentException("profile is missing");
        }
        TreeMap<FinancialYear, Money> copy = new TreeMap<>();
        amounts.forEach((fy, amount) -> {
            if (fy == null || amount == null) {
                throw new IllegalArgumentException("profile has an empty year or amount");
            }
            copy.put(fy, amount);
        });
        amounts = Collections.unmodifiableSortedMap(copy);
    }

    @JsonCreator
    public static SavingsProfile of(Map<FinancialYear, Money> amounts) {
        return new SavingsProfile(amounts == null ? null : new TreeMap<>(amounts));
    }

    @JsonValue
    public SortedMap<FinancialYear, Money> asMap() {
        return amounts;
    }

    public Set<FinancialYear> years() {
        return amounts.keySet();
    }

    public Money amountFor(FinancialYear fy) {
        return amounts.getOrDefault(fy, Money.ZERO);
    }

    public Money total() {
        return amounts.values().stream().reduce(Money.ZERO, Money::plus);
    }
}
