package io.outturn.query.indicator;

import io.outturn.values.FinancialYear;
import io.outturn.values.ProposalId;
import io.outturn.values.Quarter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What scrutiny remembers of one indicator, beside its {@link IndicatorState}: per financial year, the easings of its
 * target so far and the latest recording of each quarter's actual; every flag raised, oldest first; and every
 * revision proposed for a second person's approval, oldest first, decided or not.
 */
public record Scrutiny(SortedMap<FinancialYear, Year> years, List<ScrutinyFlag> flags, List<TargetProposal> proposals) {

    public static final Scrutiny NONE = new Scrutiny(null, null, null);

    public Scrutiny {
        years = years == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(years));
        flags = flags == null ? List.of() : List.copyOf(flags);
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }

    /**
     * One financial year: the events that made its target easier, oldest first, and for each quarter the event that
     * last recorded or corrected its actual.
     */
    public record Year(List<FlaggedEvent> easings, SortedMap<Quarter, FlaggedEvent> actuals) {

        static final Year EMPTY = new Year(null, null);

        public Year {
            easings = easings == null ? List.of() : List.copyOf(easings);
            actuals = actuals == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(actuals));
        }

        Year eased(FlaggedEvent easing) {
            List<FlaggedEvent> more = new ArrayList<>(easings);
            more.add(easing);
            return new Year(more, actuals);
        }

        Year reported(Quarter quarter, FlaggedEvent recording) {
            SortedMap<Quarter, FlaggedEvent> more = new TreeMap<>(actuals);
            more.put(quarter, recording);
            return new Year(easings, more);
        }
    }

    public Year year(FinancialYear fy) {
        return years.getOrDefault(fy, Year.EMPTY);
    }

    /** The flags raised about {@code fy}, oldest first. */
    public List<ScrutinyFlag> flagsOf(FinancialYear fy) {
        return flags.stream().filter(flag -> flag.fy().equals(fy)).toList();
    }

    /** This scrutiny with only the flags raised by one of {@code eventIds}. */
    public Scrutiny raisedByAnyOf(Set<String> eventIds) {
        return new Scrutiny(years, flags.stream().filter(flag -> eventIds.contains(flag.raisedBy().eventId())).toList(),
                proposals);
    }

    /** The flags {@code eventId} raised. */
    public List<ScrutinyFlag> raisedBy(String eventId) {
        return flags.stream().filter(flag -> flag.raisedBy().eventId().equals(eventId)).toList();
    }

    /** The proposal of {@code fy} waiting for approval, or null. */
    public TargetProposal pendingOf(FinancialYear fy) {
        return proposals.stream()
                .filter(proposal -> proposal.fy().equals(fy) && proposal.status() == TargetProposal.Status.PENDING)
                .reduce((first, later) -> later)
                .orElse(null);
    }

    /** The proposal of that id, or null. */
    public TargetProposal proposal(ProposalId proposalId) {
        return proposals.stream().filter(proposal -> proposal.proposalId().equals(proposalId)).findFirst().orElse(null);
    }

    Scrutiny withYear(FinancialYear fy, Year year) {
        SortedMap<FinancialYear, Year> updated = new TreeMap<>(years);
        updated.put(fy, year);
        return new Scrutiny(updated, flags, proposals);
    }

    Scrutiny raising(List<ScrutinyFlag> raised) {
        if (raised.isEmpty()) {
            return this;
        }
        List<ScrutinyFlag> more = new ArrayList<>(flags);
        more.addAll(raised);
        return new Scrutiny(years, more, proposals);
    }

    Scrutiny proposing(TargetProposal proposal) {
        List<TargetProposal> more = new ArrayList<>(proposals);
        more.add(proposal);
        return new Scrutiny(years, flags, more);
    }

    /** The proposal of that id replaced by {@code decided}; unchanged when there is none. */
    Scrutiny deciding(ProposalId proposalId, UnaryOperator<TargetProposal> decided) {
        List<TargetProposal> updated = new ArrayList<>(proposals.size());
        for (TargetProposal proposal : proposals) {
            updated.add(proposal.proposalId().equals(proposalId) ? decided.apply(proposal) : proposal);
        }
        return new Scrutiny(years, flags, updated);
    }
}
