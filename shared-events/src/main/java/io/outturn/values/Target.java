package io.outturn.values;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;

/**
 * What an indicator should reach in one financial year, in the kinds the plans use. The text as printed in
 * the plan travels beside the target (on {@code TargetSetEvent#printed}) for provenance.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Target.AtLeast.class, name = "AT_LEAST"),
        @JsonSubTypes.Type(value = Target.AtMost.class, name = "AT_MOST"),
        @JsonSubTypes.Type(value = Target.Range.class, name = "RANGE"),
        @JsonSubTypes.Type(value = Target.Change.class, name = "CHANGE"),
        @JsonSubTypes.Type(value = Target.Milestone.class, name = "MILESTONE"),
        @JsonSubTypes.Type(value = Target.ToBeConfirmed.class, name = "TO_BE_CONFIRMED")
})
public sealed interface Target {

    /** The kind as written in the API: AT_LEAST, AT_MOST, RANGE, CHANGE, MILESTONE or TO_BE_CONFIRMED. */
    @JsonIgnore
    String kind();

    /** {@code 75+}, {@code not less than 82.5%}: met at or above {@code value}; above only when not inclusive ({@code >60}). */
    record AtLeast(BigDecimal value, boolean inclusive) implements Target {
        public AtLeast {
            value = Decimals.require(value, "value");
        }

        @Override
        public String kind() {
            return "AT_LEAST";
        }
    }

    /** {@code no more than 10%}: met at or below {@code value}; below only when not inclusive ({@code <5}). */
    record AtMost(BigDecimal value, boolean inclusive) implements Target {
        public AtMost {
            value = Decimals.require(value, "value");
        }

        @Override
        public String kind() {
            return "AT_MOST";
        }
    }

    /** {@code 350-370}: met from {@code low} to {@code high} inclusive. */
    record Range(BigDecimal low, BigDecimal high) implements Target {
        public Range {
            low = Decimals.require(low, "low");
            high = Decimals.require(high, "high");
            if (low.compareTo(high) > 0) {
                throw new InvalidTargetException("low", "low " + low.toPlainString()
                        + " is above high " + high.toPlainString());
            }
        }

        @Override
        public String kind() {
            return "RANGE";
        }
    }

    /**
     * {@code +20%}, {@code reduce by 5% compared to 2004/05}: a change against the baseline or a named year's
     * outturn, by a percentage or an absolute amount (exactly one), signed (+ up, - down).
     */
    record Change(BigDecimal changePercent, BigDecimal changeAbsolute, ChangeReference reference) implements Target {
        public Change {
            changePercent = Decimals.normalise(changePercent);
            changeAbsolute = Decimals.normalise(changeAbsolute);
            if ((changePercent == null) == (changeAbsolute == null)) {
                throw new InvalidTargetException("changePercent",
                        "a change target needs exactly one of changePercent and changeAbsolute");
            }
            if (reference == null) {
                reference = ChangeReference.BASELINE;
            }
        }

        @Override
        public String kind() {
            return "CHANGE";
        }
    }

    /** {@code Complete roll out}: judged by a recorded {@link Assessment}, not by actuals. */
    record Milestone(String description) implements Target {
        public Milestone {
            if (description == null || description.isBlank()) {
                throw new InvalidTargetException("description", "a milestone needs a description");
            }
            description = description.strip();
        }

        @Override
        public String kind() {
            return "MILESTONE";
        }
    }

    /** {@code tbc}: never judged. */
    record ToBeConfirmed() implements Target {
        @Override
        public String kind() {
            return "TO_BE_CONFIRMED";
        }
    }

    /** A target that breaks its own kind's rules, naming the offending field. */
    final class InvalidTargetException extends IllegalArgumentException {
        private final String field;

        public InvalidTargetException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
