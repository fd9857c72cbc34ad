package io.outturn.command.domain;

import io.outturn.values.FinancialYear;
import io.outturn.values.Quarter;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A quarter's figures can only be reported once the quarter is over: from the day after its last day, in the
 * zone of the injected clock (the council's local date, not the server's).
 */
public final class QuarterEndedPolicy {

    private QuarterEndedPolicy() {
    }

    public static boolean hasEnded(FinancialYear fy, Quarter quarter, LocalDate today) {
        return today.isAfter(fy.quarterEnd(quarter));
    }

    public static void requireEnded(FinancialYear fy, Quarter quarter, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (!hasEnded(fy, quarter, today)) {
            throw new RejectedException(Rejection.Code.QUARTER_NOT_ENDED, "quarter",
                    quarter + " of " + fy + " ends on " + fy.quarterEnd(quarter) + "; today is " + today);
        }
    }
}
