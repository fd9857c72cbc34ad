package io.outturn.ledger;

import java.util.List;

/**
 * What verifying an audit pack found: the facts it established and every problem, each naming the aggregate and,
 * where there is one, the sequence.
 */
public record PackReport(List<String> facts, List<Finding> problems) {

    public PackReport {
        facts = List.copyOf(facts);
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** One problem: where (aggregate, sequence when known), what, and the figures that show it. */
    public record Finding(String aggregateId, Long sequence, String problem, String detail) {

        @Override
        public String toString() {
            return (aggregateId == null ? "pack" : aggregateId) + (sequence == null ? "" : " sequence " + sequence)
                    + ": " + problem + ": " + detail;
        }
    }
}
