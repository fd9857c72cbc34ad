package io.outturn.values;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Whether replacing one target with another makes it easier to meet: the one rule behind two-person approval of
 * in-year easing (command side) and the scrutiny flags (query side), kept beside the targets it reads so that both
 * sides judge alike and a replay judges stored events as they were judged when recorded.
 *
 * <p>A target of a measured kind stands for the values that meet it: {@code AT_LEAST 12,000} for [12,000, ∞),
 * {@code >60} for (60, ∞), {@code AT_MOST 10} for (−∞, 10], {@code RANGE 350-370} for [350, 370]. The new target is
 * <b>easier</b> when every value that met the old one meets it and some more do (lower for {@code AT_LEAST}, strict
 * made inclusive, a range widened); <b>harder</b> the other way round; <b>unchanged</b> when the same values meet
 * both (a revision of the printed text alone). When neither holds (a range moved, one kind for another), the
 * indicator's polarity decides: for {@code HIGHER_IS_BETTER} the lower bound counts (lower is easier), for
 * {@code LOWER_IS_BETTER} the upper bound (higher is easier); a {@code WITHIN_RANGE} indicator's moved range is
 * {@link Judgement#NOT_COMPARABLE}.
 *
 * <p>{@code CHANGE} targets ({@code +20%}, {@code reduce by 5%}) compare with one another when they measure the same
 * way (both percent or both absolute) against the same reference: the change resolves, as the status rules resolve
 * it, into {@code AT_LEAST} for higher-is-better and {@code AT_MOST} for lower-is-better (for within-range, by the
 * change's sign), so a smaller improvement is easier. Reference values are taken to be positive, as every one in
 * the plans is. Against another reference, or another kind, a {@code CHANGE} is not comparable without the
 * reference's value.
 *
 * <p>Decided for the kinds that carry no number: a target made {@code TO_BE_CONFIRMED} is easier (nothing is left
 * to miss; the card turns GREY), and one set from {@code TO_BE_CONFIRMED} is harder. A measured target replaced by
 * a {@code MILESTONE} is easier (a measured bar gives way to a judgement); the reverse is harder; one milestone
 * replaced by another is not comparable (its words are the decision's to explain). A <b>withdrawal</b> is easier
 * ({@link #ofWithdrawal}): like {@code TO_BE_CONFIRMED}, it leaves nothing to miss.
 *
 * <p>Not comparable is not easier: such a revision needs no second person, and the scrutiny flag
 * {@code NO_DECISION} still asks for the decision behind it.
 */
public final class TargetEasing {

    /** What a change of target does to how easy it is to meet. */
    public enum Judgement {
        EASIER, HARDER, UNCHANGED, NOT_COMPARABLE;

        public boolean isEasier() {
            return this == EASIER;
        }
    }

    private TargetEasing() {
    }

    /** The judgement of replacing {@code from} with {@code to}, for an indicator of {@code polarity}. */
    public static Judgement of(Target from, Target to, Polarity polarity) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(polarity, "polarity");
        if (from.equals(to)) {
            return Judgement.UNCHANGED;
        }
        if (to instanceof Target.ToBeConfirmed) {
            return Judgement.EASIER;
        }
        if (from instanceof Target.ToBeConfirmed) {
            return Judgement.HARDER;
        }
        if (from instanceof Target.Milestone || to instanceof Target.Milestone) {
            if (from instanceof Target.Milestone && to instanceof Target.Milestone) {
                return Judgement.NOT_COMPARABLE;
            }
            return to instanceof Target.Milestone ? Judgement.EASIER : Judgement.HARDER;
        }
        if (from instanceof Target.Change || to instanceof Target.Change) {
            return from instanceof Target.Change fromChange && to instanceof Target.Change toChange
                    ? changes(fromChange, toChange, polarity)
                    : Judgement.NOT_COMPARABLE;
        }
        return intervals(Interval.of(from), Interval.of(to), polarity);
    }

    /** Withdrawing a target in force: easier, whatever it was, since nothing is left to miss. */
    public static Judgement ofWithdrawal(Target withdrawn) {
        Objects.requireNonNull(withdrawn, "withdrawn");
        return withdrawn instanceof Target.ToBeConfirmed ? Judgement.UNCHANGED : Judgement.EASIER;
    }

    private static Judgement changes(Target.Change from, Target.Change to, Polarity polarity) {
        boolean samePercent = from.changePercent() != null && to.changePercent() != null;
        boolean sameAbsolute = from.changeAbsolute() != null && to.changeAbsolute() != null;
        if (!from.reference().equals(to.reference()) || !(samePercent || sameAbsolute)) {
            return Judgement.NOT_COMPARABLE;
        }
        BigDecimal before = samePercent ? from.changePercent() : from.changeAbsolute();
        BigDecimal after = samePercent ? to.changePercent() : to.changeAbsolute();
        boolean resolvesToAtLeast;
        if (polarity == Polarity.WITHIN_RANGE) {
            if ((before.signum() >= 0) != (after.signum() >= 0)) {
                return Judgement.NOT_COMPARABLE;
            }
            resolvesToAtLeast = before.signum() >= 0;
        } else {
            resolvesToAtLeast = polarity == Polarity.HIGHER_IS_BETTER;
        }
        int versus = after.compareTo(before);
        if (versus == 0) {
            return Judgement.UNCHANGED;
        }
        // Resolved AT_LEAST: a smaller change is a lower threshold, easier; resolved AT_MOST: a larger one is.
        return (versus < 0) == resolvesToAtLeast ? Judgement.EASIER : Judgement.HARDER;
    }

    private static Judgement intervals(Interval from, Interval to, Polarity polarity) {
        boolean widens = to.contains(from);
        boolean narrows = from.contains(to);
        if (widens && narrows) {
            return Judgement.UNCHANGED;
        }
        if (widens) {
            return Judgement.EASIER;
        }
        if (narrows) {
            return Judgement.HARDER;
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> Bound.compareLower(to.low, from.low) < 0 ? Judgement.EASIER : Judgement.HARDER;
            case LOWER_IS_BETTER -> Bound.compareUpper(to.high, from.high) > 0 ? Judgement.EASIER : Judgement.HARDER;
            case WITHIN_RANGE -> Judgement.NOT_COMPARABLE;
        };
    }

    /** One end of the values that meet a target; a null value is unbounded. */
    private record Bound(BigDecimal value, boolean inclusive) {

        static final Bound NONE = new Bound(null, false);

        /** Lower bounds: negative when {@code a} admits more values below than {@code b}. */
        static int compareLower(Bound a, Bound b) {
            if (a.value == null || b.value == null) {
                return a.value == null ? (b.value == null ? 0 : -1) : 1;
            }
            int versus = a.value.compareTo(b.value);
            if (versus != 0) {
                return versus;
            }
            return a.inclusive == b.inclusive ? 0 : (a.inclusive ? -1 : 1);
        }

        /** Upper bounds: positive when {@code a} admits more values above than {@code b}. */
        static int compareUpper(Bound a, Bound b) {
            if (a.value == null || b.value == null) {
                return a.value == null ? (b.value == null ? 0 : 1) : -1;
            }
            int versus = a.value.compareTo(b.value);
            if (versus != 0) {
                return versus;
            }
            return a.inclusive == b.inclusive ? 0 : (a.inclusive ? 1 : -1);
        }
    }

    /** The values that meet a measured target. */
    private record Interval(Bound low, Bound high) {

        static Interval of(Target target) {
            if (target instanceof Target.AtLeast atLeast) {
                return new Interval(new Bound(atLeast.value(), atLeast.inclusive()), Bound.NONE);
            }
            if (target instanceof Target.AtMost atMost) {
                return new Interval(Bound.NONE, new Bound(atMost.value(), atMost.inclusive()));
            }
            if (target instanceof Target.Range range) {
                return new Interval(new Bound(range.low(), true), new Bound(range.high(), true));
            }
            throw new IllegalArgumentException(target.kind() + " is not a measured target");
        }

        boolean contains(Interval other) {
            return Bound.compareLower(low, other.low) <= 0 && Bound.compareUpper(high, other.high) >= 0;
        }
    }
}
