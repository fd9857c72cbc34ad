package io.outturn.values;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The values revision 2 of the events carries: why a change was made, the decision behind it, aliases, proposals. */
class JustificationValuesTest {

    @Test
    void aJustificationKeepsTheLegacyOneLetterReason() {
        assertThat(Justification.other(" x ")).isEqualTo(new Justification(ReasonCode.OTHER, "x", null));
    }

    @Test
    void aJustificationNeedsACodeAndAReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Justification(null, "Cabinet eased the target", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Justification(ReasonCode.POLICY_CHANGE, " ", null));
        assertThatIllegalArgumentException().isThrownBy(() -> Justification.other(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"REBASELINE", "rebaseline", "Rebaseline", " rebaseline "})
    void aReasonCodeIsReadInAnyLetterCase(String text) {
        assertThat(ReasonCode.parse(text)).isEqualTo(ReasonCode.REBASELINE);
    }

    @Test
    void anUnknownReasonCodeIsRefusedNamingTheCodesThereAre() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReasonCode.parse("WHIM"))
                .withMessageContaining("'WHIM'")
                .withMessageContaining("REBASELINE, POLICY_CHANGE, DEFINITION_CHANGE, DATA_RESTATEMENT, "
                        + "ERROR_CORRECTION, REPHASING, OTHER");
        assertThatIllegalArgumentException().isThrownBy(() -> ReasonCode.parse(null));
    }

    @Test
    void aReasonCodeIsReadFromJsonInAnyLetterCaseAndWrittenAsItsName() throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertThat(json.readValue("\"policy_change\"", ReasonCode.class)).isEqualTo(ReasonCode.POLICY_CHANGE);
        assertThat(json.writeValueAsString(ReasonCode.POLICY_CHANGE)).isEqualTo("\"POLICY_CHANGE\"");
    }

    @Test
    void aDecisionNeedsOnlyItsReference() {
        Decision cabinet = new Decision(" Cabinet 12 March 2011, minute 45 ", " ", null, null);

        assertThat(cabinet.reference()).isEqualTo("Cabinet 12 March 2011, minute 45");
        assertThat(cabinet.decidedBy()).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> new Decision("", "Cabinet", LocalDate.of(2011, 3, 12), null));
    }

    @Test
    void aDecisionLinksOnlyToWhereItCanBeFollowed() {
        URI minutes = URI.create("https://www.nottinghamshire.gov.uk/cabinet/2011-03-12/minutes#45");

        assertThat(new Decision("Cabinet 12 March 2011, minute 45", "Cabinet", LocalDate.of(2011, 3, 12), minutes).uri())
                .isEqualTo(minutes);
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Decision("Cabinet 12 March 2011, minute 45", null, null, URI.create("minutes#45")));
    }

    @Test
    void aliasesAreTheCodesAsPrintedSpacesIncluded() {
        assertThat(Aliases.of(List.of(" C32", "BV54 ", "BVPI 54"))).containsExactly("C32", "BV54", "BVPI 54");
    }

    @Test
    void noAliasesIsTheEmptyListNeverNull() {
        assertThat(Aliases.of(null)).isEmpty();
    }

    @Test
    void anAliasGivenTwiceIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Aliases.of(List.of("BV54", " BV54")));
    }

    @Test
    void aBlankOrOverlongAliasIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Aliases.of(Arrays.asList("C32", null)));
        assertThatIllegalArgumentException().isThrownBy(() -> Aliases.of(List.of("C32", " ")));
        assertThat(Aliases.of(List.of("B".repeat(64)))).hasSize(1);
        assertThatIllegalArgumentException().isThrownBy(() -> Aliases.of(List.of("B".repeat(65))));
    }

    @Test
    void theAliasesCannotBeChangedAfterwards() {
        List<String> aliases = Aliases.of(List.of("C32"));

        assertThatThrownBy(() -> aliases.add("BV54"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "p 1", "../p1", ".."})
    void aProposalIdIsPathSafe(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> ProposalId.of(id));
    }

    @Test
    void aProposalIdNamesItsProposal() {
        assertThat(ProposalId.of("NI130-2011-12-p1").value()).isEqualTo("NI130-2011-12-p1");
    }
}
