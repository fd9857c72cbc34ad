package io.outturn.query.indicator;

import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.Justified;
import io.outturn.events.OutturnEvent;
import io.outturn.events.TargetRevisionApprovedEvent;
import io.outturn.events.TargetRevisionProposedEvent;
import io.outturn.events.TargetRevisionRejectedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.query.eventstore.RecordedEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.Justification;
import io.outturn.values.ProposalId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.Target;
import io.outturn.values.TargetEasing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Folds an indicator's events into its {@link Scrutiny}, raising the flags a scrutiny committee would ask about and
 * keeping the revisions proposed for a second person's approval, with who proposed and who decided them.
 * Pure, and from the events alone (with the organisation's time zone, which says on what day an event was
 * recorded), so a live projection, a replay, a card as of a past moment and a target's history raise the same flags
 * with the same ids. Called once per event, after {@link IndicatorFold}, with the indicator's state just before and
 * just after the event: the RAG on either side of a change is that of the year's card.
 *
 * <p>The rules (times are when events were recorded; "easier" is {@link TargetEasing}'s, a withdrawal included):
 * <ul>
 *   <li>{@link FlagKind#EASED_AFTER_RESULTS}: a target made easier when an actual of its year had been recorded;
 *       it cites the latest recording of each quarter reported.</li>
 *   <li>{@link FlagKind#EASED_NEAR_DEADLINE}: a target made easier in the {@value #NEAR_DEADLINE_DAYS} days before
 *       the reporting deadline of one of its year's quarters (the quarter's end + 14 days, to the end of that day),
 *       while the card was RED or AMBER.</li>
 *   <li>{@link FlagKind#REPEATED_EASING}: a target made easier when it had been made easier before; it cites the
 *       earlier easings.</li>
 *   <li>{@link FlagKind#LATE_CORRECTION}: an actual corrected after its year's Q4 reporting deadline; it cites the
 *       recording it corrects.</li>
 *   <li>{@link FlagKind#NO_DECISION}: a target revised or withdrawn on or after the first day of its year without a
 *       decision reference in its justification. A revision of the printed text alone is not a change of target
 *       and raises nothing.</li>
 * </ul>
 */
public final class ScrutinyFold {

    static final int NEAR_DEADLINE_DAYS = 30;
    private static final Duration NEAR_DEADLINE = Duration.ofDays(NEAR_DEADLINE_DAYS);

    private ScrutinyFold() {
    }

    /**
     * The scrutiny after {@code recorded}, given the indicator's state just before and just after it.
     *
     * @param scrutiny the scrutiny so far, or null before the first event
     */
    public static Scrutiny apply(Scrutiny scrutiny, IndicatorState before, IndicatorState after,
                                 RecordedEvent recorded, ZoneId zone) {
        Scrutiny current = scrutiny == null ? Scrutiny.NONE : scrutiny;
        OutturnEvent event = recorded.event();
        if (event instanceof TargetSetEvent set && set.isRevision()) {
            return targetChanged(current, new Change(set.fy(), set.previous(), set.previousPrinted(), set.target(),
                    set.printed(), set.justification(), set.proposalId()), before, after, recorded, zone);
        }
        if (event instanceof TargetRevisionProposedEvent proposed) {
            return current.proposing(new TargetProposal(proposed.proposalId(), proposed.indicatorId(), proposed.fy(),
                    TargetProposal.Status.PENDING, proposed.target(), proposed.printed(), proposed.current(),
                    proposed.currentPrinted(), reason(proposed.justification()), FlaggedEvent.of(recorded), null, null));
        }
        if (event instanceof TargetRevisionApprovedEvent approved) {
            return current.deciding(approved.proposalId(), proposal -> proposal.approved(FlaggedEvent.of(recorded)));
        }
        if (event instanceof TargetRevisionRejectedEvent rejected) {
            return current.deciding(rejected.proposalId(), proposal -> proposal.rejected(FlaggedEvent.of(recorded),
                    reason(rejected.justification())));
        }
        if (event instanceof TargetWithdrawnEvent withdrawn) {
            return targetChanged(current, new Change(withdrawn.fy(), withdrawn.previous(), withdrawn.previousPrinted(),
                    null, null, withdrawn.justification(), null), before, after, recorded, zone);
        }
        if (event instanceof ActualRecordedEvent actual) {
            return current.withYear(actual.fy(), current.year(actual.fy()).reported(actual.quarter(),
                    FlaggedEvent.of(recorded)));
        }
        if (event instanceof ActualCorrectedEvent corrected) {
            return actualCorrected(current, corrected, before, after, recorded, zone);
        }
        return current;
    }

    /** A target replaced ({@code to} set) or withdrawn ({@code to} null), carrying out {@code proposalId} or not. */
    private record Change(FinancialYear fy, Target from, String fromPrinted, Target to, String toPrinted,
                          Justification justification, ProposalId proposalId) {

        String describe() {
            return "(" + text(from, fromPrinted) + " → " + (to == null ? "withdrawn" : text(to, toPrinted)) + ")";
        }

        String verb() {
            return to == null ? "withdrawn" : "revised";
        }
    }

    private static Scrutiny targetChanged(Scrutiny scrutiny, Change change, IndicatorState before,
                                          IndicatorState after, RecordedEvent recorded, ZoneId zone) {
        IndicatorDefinition definition = before.definition();
        if (definition == null || change.from() == null) {
            return scrutiny;
        }
        TargetEasing.Judgement judgement = change.to() == null
                ? TargetEasing.ofWithdrawal(change.from())
                : TargetEasing.of(change.from(), change.to(), definition.polarity());
        if (judgement == TargetEasing.Judgement.UNCHANGED) {
            return scrutiny;
        }
        FinancialYear fy = change.fy();
        FlaggedEvent self = FlaggedEvent.of(recorded);
        Flags flags = new Flags(after, fy, self, approvalOf(scrutiny, change.proposalId()), rag(before, fy),
                rag(after, fy));
        Scrutiny.Year year = scrutiny.year(fy);
        if (judgement.isEasier()) {
            if (!year.actuals().isEmpty()) {
                flags.raise(FlagKind.EASED_AFTER_RESULTS, List.copyOf(year.actuals().values()),
                        "target made easier " + change.describe() + " after actuals for "
                                + year.actuals().keySet().stream().map(Quarter::name).collect(Collectors.joining(", "))
                                + " had been recorded");
            }
            Quarter nearDeadline = deadlineWithin(fy, self.recordedAt(), zone);
            if (nearDeadline != null && (flags.ragBefore == Rag.RED || flags.ragBefore == Rag.AMBER)) {
                flags.raise(FlagKind.EASED_NEAR_DEADLINE, List.of(),
                        "target made easier " + change.describe() + " on " + day(self.recordedAt(), zone)
                                + ", within " + NEAR_DEADLINE_DAYS + " days of the " + nearDeadline
                                + " reporting deadline (" + fy.reportingDeadline(nearDeadline) + "), while the card was "
                                + flags.ragBefore);
            }
            if (!year.easings().isEmpty()) {
                flags.raise(FlagKind.REPEATED_EASING, year.easings(),
                        "target made easier " + change.describe() + " for the " + ordinal(year.easings().size() + 1)
                                + " time");
            }
            year = year.eased(self);
        }
        if (!day(self.recordedAt(), zone).isBefore(fy.start()) && !hasDecision(change.justification())) {
            flags.raise(FlagKind.NO_DECISION, List.of(), "target " + change.verb() + " " + change.describe()
                    + " once the year had begun, without a decision reference");
        }
        return scrutiny.withYear(fy, year).raising(flags.raised);
    }

    private static Scrutiny actualCorrected(Scrutiny scrutiny, ActualCorrectedEvent corrected, IndicatorState before,
                                            IndicatorState after, RecordedEvent recorded, ZoneId zone) {
        FinancialYear fy = corrected.fy();
        FlaggedEvent self = FlaggedEvent.of(recorded);
        Scrutiny.Year year = scrutiny.year(fy);
        Flags flags = new Flags(after, fy, self, List.of(), rag(before, fy), rag(after, fy));
        Instant q4Deadline = endOfDay(fy.reportingDeadline(Quarter.Q4), zone);
        if (after.definition() != null && !self.recordedAt().isBefore(q4Deadline)) {
            FlaggedEvent earlier = year.actuals().get(corrected.quarter());
            flags.raise(FlagKind.LATE_CORRECTION, earlier == null ? List.of() : List.of(earlier),
                    corrected.quarter() + " actual corrected (" + plain(corrected.previousValue()) + " → "
                            + plain(corrected.value()) + ") on " + day(self.recordedAt(), zone)
                            + ", after the year's Q4 reporting deadline (" + fy.reportingDeadline(Quarter.Q4) + ")");
        }
        return scrutiny.withYear(fy, year.reported(corrected.quarter(), self)).raising(flags.raised);
    }

    /** The proposal and approval an approved revision carries out, for its flags to cite; none for any other change. */
    private static List<FlaggedEvent> approvalOf(Scrutiny scrutiny, ProposalId proposalId) {
        TargetProposal proposal = proposalId == null ? null : scrutiny.proposal(proposalId);
        if (proposal == null) {
            return List.of();
        }
        return proposal.decided() == null ? List.of(proposal.proposed()) : List.of(proposal.proposed(), proposal.decided());
    }

    private static String reason(Justification justification) {
        return justification == null ? null : justification.reason();
    }

    /** The flags one event raises, in the order they are found. */
    private static final class Flags {
        private final IndicatorState after;
        private final FinancialYear fy;
        private final FlaggedEvent self;
        private final List<FlaggedEvent> approval;
        private final Rag ragBefore;
        private final Rag ragAfter;
        private final List<ScrutinyFlag> raised = new ArrayList<>();

        Flags(IndicatorState after, FinancialYear fy, FlaggedEvent self, List<FlaggedEvent> approval, Rag ragBefore,
              Rag ragAfter) {
            this.after = after;
            this.fy = fy;
            this.self = self;
            this.approval = approval;
            this.ragBefore = ragBefore;
            this.ragAfter = ragAfter;
        }

        /** Cites the raising event, the proposal and approval it carries out if any, then what it was judged against. */
        void raise(FlagKind kind, List<FlaggedEvent> judgedAgainst, String detail) {
            List<FlaggedEvent> events = new ArrayList<>();
            events.add(self);
            events.addAll(approval);
            events.addAll(judgedAgainst);
            IndicatorDefinition definition = after.definition();
            raised.add(new ScrutinyFlag(ScrutinyFlag.idOf(self.eventId(), kind), kind, after.indicatorId(),
                    definition == null ? null : definition.title(), definition == null ? null : definition.organisation(),
                    fy, self.recordedAt(), self.version(), events, ragBefore, ragAfter, detail));
        }
    }

    /** The quarter of {@code fy} whose reporting deadline falls within the next {@value #NEAR_DEADLINE_DAYS} days. */
    private static Quarter deadlineWithin(FinancialYear fy, Instant at, ZoneId zone) {
        for (Quarter quarter : Quarter.values()) {
            Instant deadline = endOfDay(fy.reportingDeadline(quarter), zone);
            if (at.isBefore(deadline) && !at.isBefore(deadline.minus(NEAR_DEADLINE))) {
                return quarter;
            }
        }
        return null;
    }

    private static boolean hasDecision(Justification justification) {
        return justification != null && justification.decision() != null;
    }

    /** The RAG of the year's card in {@code state}; GREY before the indicator is defined. */
    private static Rag rag(IndicatorState state, FinancialYear fy) {
        return state.definition() == null ? Rag.GREY : KpiCards.card(state, fy).rag();
    }

    /** The first moment after {@code day} in the organisation's zone. */
    private static Instant endOfDay(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate day(Instant moment, ZoneId zone) {
        return LocalDate.ofInstant(moment, zone);
    }

    private static String text(Target target, String printed) {
        if (printed != null && !printed.isBlank()) {
            return printed;
        }
        if (target instanceof Target.AtLeast atLeast) {
            return (atLeast.inclusive() ? "at least " : "more than ") + plain(atLeast.value());
        }
        if (target instanceof Target.AtMost atMost) {
            return (atMost.inclusive() ? "at most " : "less than ") + plain(atMost.value());
        }
        if (target instanceof Target.Range range) {
            return plain(range.low()) + "-" + plain(range.high());
        }
        if (target instanceof Target.Milestone milestone) {
            return milestone.description();
        }
        return target.kind();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
