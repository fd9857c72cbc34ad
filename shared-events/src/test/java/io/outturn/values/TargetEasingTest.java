package io.outturn.values;

import io.outturn.values.TargetEasing.Judgement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The easing policy, kind by kind and polarity by polarity. Targets are written as in the plans: {@code 12000+}
 * (AT_LEAST, inclusive), {@code >60} (AT_LEAST, strict), {@code <=10} and {@code <5} (AT_MOST), {@code 350-370}
 * (RANGE), {@code +20%} and {@code +500} (CHANGE against the baseline), {@code -5% 2004-05} (CHANGE against that
 * year's outturn), {@code M:text} (MILESTONE), {@code tbc}. H, L, W: higher is better, lower is better, within range.
 */
class TargetEasingTest {

    @ParameterizedTest(name = "{0} -> {1} ({2}): {3}")
    @CsvSource(delimiter = '|', value = {
            // AT_LEAST: NI130, people on a personal budget, 12,000 lowered to 9,000 after a Q4 actual of 9,050
            "12000+    | 9000+     | H | EASIER",
            "12000+    | 14000+    | H | HARDER",
            "12000+    | 12000.00+ | H | UNCHANGED",
            ">60       | 60+       | H | EASIER",
            "60+       | >60       | H | HARDER",
            ">60       | 59+       | H | EASIER",
            "12000+    | 9000+     | L | EASIER",
            "12000+    | 9000+     | W | EASIER",
            // AT_MOST: a lower-is-better rate
            "<=10      | <=16      | L | EASIER",
            "<=16      | <=10      | L | HARDER",
            "<5        | <=5       | L | EASIER",
            "<=5       | <5        | L | HARDER",
            "<=10      | <=16      | H | EASIER",
            "<=10      | <=16      | W | EASIER",
            // RANGE: widened, narrowed, moved
            "350-370   | 340-380   | W | EASIER",
            "350-370   | 355-365   | W | HARDER",
            "350-370   | 340-360   | W | NOT_COMPARABLE",
            "350-370   | 340-360   | H | EASIER",
            "350-370   | 360-380   | H | HARDER",
            "350-370   | 360-380   | L | EASIER",
            "350-370   | 340-360   | L | HARDER",
            "350-370   | 350-370   | W | UNCHANGED",
            // one measured kind for another
            "12000+    | 12000-13000 | H | HARDER",
            "12000-13000 | 12000+  | H | EASIER",
            "12000+    | <=15000   | H | EASIER",
            "<=10      | 8+        | L | EASIER",
            "<=10      | 5-12      | L | EASIER",
            "5-12      | <=10      | L | HARDER",
            "5-12      | <=10      | W | NOT_COMPARABLE",
            "10+       | <=10      | W | NOT_COMPARABLE",
            // CHANGE: a smaller improvement is easier; comparable only measured alike against the same reference
            "+20%      | +10%      | H | EASIER",
            "+10%      | +20%      | H | HARDER",
            "+20%      | +20.0%    | H | UNCHANGED",
            "-5%       | -3%       | L | EASIER",
            "-5%       | -8%       | L | HARDER",
            "+500      | +300      | H | EASIER",
            "-200      | -100      | L | EASIER",
            "+20%      | +10%      | W | EASIER",
            "-5%       | -3%       | W | EASIER",
            "-5%       | +5%       | W | NOT_COMPARABLE",
            "+20%      | +500      | H | NOT_COMPARABLE",
            "-5% 2004-05 | -3%     | L | NOT_COMPARABLE",
            "-5% 2004-05 | -3% 2004-05 | L | EASIER",
            "+20%      | 12000+    | H | NOT_COMPARABLE",
            "12000+    | +20%      | H | NOT_COMPARABLE",
            // MILESTONE and TO_BE_CONFIRMED, as decided
            "12000+    | M:Monitor & amend   | H | EASIER",
            "M:Complete roll out | 12000+    | H | HARDER",
            "M:Complete roll out | M:Start roll out | H | NOT_COMPARABLE",
            "M:Complete roll out | M:Complete roll out | W | UNCHANGED",
            "12000+    | tbc       | H | EASIER",
            "350-370   | tbc       | W | EASIER",
            "+20%      | tbc       | L | EASIER",
            "M:Complete roll out | tbc | H | EASIER",
            "tbc       | 12000+    | H | HARDER",
            "tbc       | M:Complete roll out | L | HARDER",
            "tbc       | tbc       | H | UNCHANGED",
    })
    void replacingATargetIsJudgedByKindAndPolarity(String from, String to, String polarity, Judgement expected) {
        assertThat(TargetEasing.of(target(from), target(to), polarity(polarity))).isEqualTo(expected);
    }

    /** Every kind against every kind, under every polarity: the policy always answers, and never both ways. */
    @Test
    void everyPairOfKindsUnderEveryPolarityHasOneConsistentAnswer() {
        Set<String> samples = Set.of("12000+", ">60", "<=10", "<5", "350-370", "+20%", "-5% 2004-05", "+500",
                "M:Complete roll out", "tbc");
        for (Polarity polarity : Polarity.values()) {
            for (String from : samples) {
                for (String to : samples) {
                    Judgement forward = TargetEasing.of(target(from), target(to), polarity);
                    Judgement back = TargetEasing.of(target(to), target(from), polarity);
                    assertThat(forward).as("%s -> %s (%s)", from, to, polarity).isNotNull();
                    if (forward == Judgement.EASIER) {
                        assertThat(back).as("%s -> %s (%s) reversed", from, to, polarity)
                                .isIn(EnumSet.of(Judgement.HARDER));
                    }
                    if (forward == Judgement.UNCHANGED || forward == Judgement.NOT_COMPARABLE) {
                        assertThat(back).as("%s -> %s (%s) reversed", from, to, polarity).isEqualTo(forward);
                    }
                }
            }
        }
    }

    @Test
    void withdrawingATargetIsEasingUnlessItWasNeverConfirmed() {
        assertThat(TargetEasing.ofWithdrawal(target("12000+"))).isEqualTo(Judgement.EASIER);
        assertThat(TargetEasing.ofWithdrawal(target("M:Complete roll out"))).isEqualTo(Judgement.EASIER);
        assertThat(TargetEasing.ofWithdrawal(target("tbc"))).isEqualTo(Judgement.UNCHANGED);
    }

    private static Polarity polarity(String letter) {
        return switch (letter) {
            case "H" -> Polarity.HIGHER_IS_BETTER;
            case "L" -> Polarity.LOWER_IS_BETTER;
            case "W" -> Polarity.WITHIN_RANGE;
            default -> throw new IllegalArgumentException(letter);
        };
    }

    static Target target(String notation) {
        String text = notation.strip();
        if (text.equals("tbc")) {
            return new Target.ToBeConfirmed();
        }
        if (text.startsWith("M:")) {
            return new Target.Milestone(text.substring(2));
        }
        if (text.startsWith(">")) {
            return new Target.AtLeast(new BigDecimal(text.substring(1)), false);
        }
        if (text.startsWith("<=")) {
            return new Target.AtMost(new BigDecimal(text.substring(2)), true);
        }
        if (text.startsWith("<")) {
            return new Target.AtMost(new BigDecimal(text.substring(1)), false);
        }
        if (text.endsWith("+")) {
            return new Target.AtLeast(new BigDecimal(text.substring(0, text.length() - 1)), true);
        }
        if (text.startsWith("+") || text.startsWith("-")) {
            String[] parts = text.split(" ");
            ChangeReference reference = parts.length > 1
                    ? ChangeReference.outturnOf(FinancialYear.parse(parts[1])) : ChangeReference.BASELINE;
            String amount = parts[0];
            return amount.endsWith("%")
                    ? new Target.Change(new BigDecimal(amount.substring(0, amount.length() - 1)), null, reference)
                    : new Target.Change(null, new BigDecimal(amount), reference);
        }
        String[] range = text.split("-");
        return new Target.Range(new BigDecimal(range[0]), new BigDecimal(range[1]));
    }
}
