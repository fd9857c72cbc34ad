package io.outturn.distributed;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one indicator is, command by command, as the rules say it must be: its version, its 2011-12 target and
 * its actuals. Every command the suite sends is first asked of the model ({@code expect...}), then the answer
 * is compared with it, and only an answer the model expected moves it on.
 */
final class IndicatorModel {

    private final Measures.Measure measure;
    private final String id;
    private long version;
    private BigDecimal target;
    private final Map<Integer, BigDecimal> actuals = new TreeMap<>();

    IndicatorModel(Measures.Measure measure, String id) {
        this.measure = measure;
        this.id = id;
    }

    String id() {
        return id;
    }

    Measures.Measure measure() {
        return measure;
    }

    long version() {
        return version;
    }

    Optional<BigDecimal> target() {
        return Optional.ofNullable(target);
    }

    Map<Integer, BigDecimal> actuals() {
        return Map.copyOf(actuals);
    }

    Expected expectDefine() {
        return version == 0 ? Expected.changed(201, 1) : Expected.rejected(409, "INDICATOR_EXISTS");
    }

    Expected expectTarget(BigDecimal value, String reason) {
        return revision(target, value, reason);
    }

    Expected expectActual(int quarter, BigDecimal value, String reason) {
        return revision(actuals.get(quarter), value, reason);
    }

    /** {@code If-Match} first: a stale version is refused before any other rule is looked at. */
    Expected expectConditionalTarget(BigDecimal value, String reason, long ifMatch) {
        return ifMatch == version ? expectTarget(value, reason) : Expected.rejected(412, "VERSION_CONFLICT");
    }

    private Expected revision(BigDecimal current, BigDecimal proposed, String reason) {
        if (current != null && current.compareTo(proposed) == 0) {
            return Expected.unchanged(version);
        }
        if (current != null && (reason == null || reason.isBlank())) {
            return Expected.rejected(409, "REASON_REQUIRED");
        }
        return Expected.changed(200, version + 1);
    }

    void defined() {
        version = 1;
    }

    void targetSet(BigDecimal value, Expected expected) {
        if (expected.changed()) {
            target = value;
            version = expected.version();
        }
    }

    void actualRecorded(int quarter, BigDecimal value, Expected expected) {
        if (expected.changed()) {
            actuals.put(quarter, value);
            version = expected.version();
        }
    }

    /** An answer the rules allow: a status, and for a success whether it changed anything and the version after. */
    record Expected(int status, String code, boolean changed, long version) {

        static Expected changed(int status, long version) {
            return new Expected(status, null, true, version);
        }

        static Expected unchanged(long version) {
            return new Expected(200, null, false, version);
        }

        static Expected rejected(int status, String code) {
            return new Expected(status, code, false, -1);
        }

        boolean success() {
            return status < 300;
        }

        /** Empty when {@code answer} is this; otherwise what differs. */
        Optional<String> mismatch(Api.Answer answer) {
            boolean matches = answer.status() == status && (success()
                    ? answer.changed() == changed && answer.version() == version
                    && ("\"" + version + "\"").equals(answer.etag())
                    : code.equals(answer.code()));
            return matches ? Optional.empty() : Optional.of("expected " + this + ", got " + answer);
        }

        @Override
        public String toString() {
            return success() ? status + " changed=" + changed + " version " + version : status + " " + code;
        }
    }
}
