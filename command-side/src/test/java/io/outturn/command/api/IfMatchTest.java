package io.outturn.command.api;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IfMatchTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"3\"|3", "W/\"3\"|3", "3|3", " \"12\" |12", "\"0\"|0"})
    void aVersionIsReadFromStrongWeakAndBareForms(String header, long version) {
        assertThat(IfMatch.expectedVersion(header)).isEqualTo(version);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"*", " * "})
    void noHeaderOrAWildcardMeansWhateverIsCurrent(String header) {
        assertThat(IfMatch.expectedVersion(header)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3", "3\"", "\"three\"", "\"3\", \"4\"", "-1", "\"3.0\"", "W/3x", "99999999999999999999"})
    void anythingElseIsABadRequestOnIfMatch(String header) {
        assertThatThrownBy(() -> IfMatch.expectedVersion(header))
                .isInstanceOfSatisfying(OutturnException.class, rejection -> {
                    assertThat(rejection.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(rejection.field()).isEqualTo("If-Match");
                });
    }
}
