package io.outturn.command.domain;

import io.outturn.values.Decision;
import io.outturn.values.Justification;
import io.outturn.values.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JustificationPolicyTest {

    private static final Decision CABINET = new Decision("Cabinet 12 March 2011, minute 45", "Cabinet",
            LocalDate.of(2011, 3, 12), null);

    @Test
    void aRevisionWithoutAReasonIsRejected() {
        assertThatThrownBy(() -> JustificationPolicy.require(JustificationPolicy.Change.TARGET_REVISION,
                GivenJustification.reason(" ")))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(Rejection.Code.REASON_REQUIRED);
                    assertThat(e.field()).isEqualTo("reason");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "import", "Typo fix", "  123456789  "})
    void aReasonShorterThanTenCharactersIsTooShort(String reason) {
        assertThatThrownBy(() -> JustificationPolicy.require(JustificationPolicy.Change.TARGET_REVISION,
                GivenJustification.reason(reason)))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(Rejection.Code.REASON_TOO_SHORT);
                    assertThat(e.field()).isEqualTo("reason");
                });
    }

    @Test
    void aReasonOfTenCharactersIsEnough() {
        assertThat(JustificationPolicy.require(JustificationPolicy.Change.TARGET_REVISION,
                GivenJustification.reason("Typo fixed"))).isEqualTo(Justification.other("Typo fixed"));
    }

    @Test
    void charactersAreCountedNotCodeUnits() {
        // Nine characters, the last an emoji outside the basic plane: ten UTF-16 code units, which a count of
        // code units would let through.
        String nine = "Cut by \u00a3\uD83D\uDCB7";
        assertThatThrownBy(() -> JustificationPolicy.require(JustificationPolicy.Change.TARGET_REVISION,
                GivenJustification.reason(nine)))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(Rejection.Code.REASON_TOO_SHORT));
    }

    @Test
    void aReasonInWordsOnlyIsOther() {
        assertThat(JustificationPolicy.require(JustificationPolicy.Change.ACTUAL_CORRECTION,
                GivenJustification.reason("  Late returns included  ")))
                .isEqualTo(new Justification(ReasonCode.OTHER, "Late returns included", null));
    }

    @Test
    void theCodeTheReasonAndTheDecisionAreKept() {
        assertThat(JustificationPolicy.require(JustificationPolicy.Change.TARGET_REVISION,
                new GivenJustification(ReasonCode.REBASELINE, "Rebaselined on the restated count", CABINET)))
                .isEqualTo(new Justification(ReasonCode.REBASELINE, "Rebaselined on the restated count", CABINET));
    }

    @ParameterizedTest
    @EnumSource(JustificationPolicy.Change.class)
    void otherAndErrorCorrectionFitEveryChange(JustificationPolicy.Change change) {
        assertThat(change.fits(ReasonCode.OTHER)).isTrue();
        assertThat(change.fits(ReasonCode.ERROR_CORRECTION)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = JustificationPolicy.Change.class, names = "SAVINGS_LINE_REVISION", mode = EnumSource.Mode.EXCLUDE)
    void rephasingFitsOnlyARevisionOfASavingsLine(JustificationPolicy.Change change) {
        assertThat(change.fits(ReasonCode.REPHASING)).isFalse();
        assertThat(JustificationPolicy.Change.SAVINGS_LINE_REVISION.fits(ReasonCode.REPHASING)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = JustificationPolicy.Change.class, names = "INDICATOR_AMENDMENT", mode = EnumSource.Mode.EXCLUDE)
    void aDefinitionChangeFitsOnlyAnAmendmentOfTheIndicator(JustificationPolicy.Change change) {
        assertThat(change.fits(ReasonCode.DEFINITION_CHANGE)).isFalse();
        assertThat(JustificationPolicy.Change.INDICATOR_AMENDMENT.fits(ReasonCode.DEFINITION_CHANGE)).isTrue();
    }

    @Test
    void aCodeThatDoesNotFitTheChangeIsRejectedNamingTheCodesThatDo() {
        assertThatThrownBy(() -> JustificationPolicy.require(JustificationPolicy.Change.ACTUAL_CORRECTION,
                new GivenJustification(ReasonCode.REBASELINE, "Late returns included", null)))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(Rejection.Code.REASON_CODE_NOT_APPLICABLE);
                    assertThat(e.field()).isEqualTo("reasonCode");
                    assertThat(e.getMessage()).contains("DATA_RESTATEMENT", "ERROR_CORRECTION", "OTHER");
                });
    }

    @Test
    void anOptionalJustificationIsNoneWhenNothingIsGiven() {
        assertThat(JustificationPolicy.optional(JustificationPolicy.Change.MILESTONE_REASSESSMENT,
                GivenJustification.NONE)).isNull();
    }

    @Test
    void anOptionalJustificationGivenIsHeldToTheSameRules() {
        assertThatThrownBy(() -> JustificationPolicy.optional(JustificationPolicy.Change.MILESTONE_REASSESSMENT,
                new GivenJustification(ReasonCode.DATA_RESTATEMENT, null, null)))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(Rejection.Code.REASON_REQUIRED));
    }
}
