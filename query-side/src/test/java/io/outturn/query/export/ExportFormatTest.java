package io.outturn.query.export;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportFormatTest {

    @ParameterizedTest(name = "format={0}, Accept: {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-    | -                                                                        | JSON",
            "-    | */*                                                                      | JSON",
            "-    | application/json                                                         | JSON",
            "-    | text/csv                                                                 | CSV",
            "-    | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet        | XLSX",
            "-    | application/json, text/csv;q=0.5                                         | JSON",
            "-    | application/json;q=0.4, text/csv                                         | CSV",
            "-    | text/csv;q=0, application/json                                           | JSON",
            "-    | not a media type                                                         | JSON",
            "csv  | application/json                                                         | CSV",
            "xlsx | text/csv                                                                 | XLSX",
            "XLSX | -                                                                        | XLSX",
    })
    void theFormatParameterWinsAndOtherwiseTheMostPreferredAcceptableTypeDecides(String format, String accept,
                                                                                 String expected) {
        Optional<ExportFormat> requested = ExportFormat.requested(format, accept);
        assertThat(requested.map(Enum::name).orElse("JSON")).isEqualTo(expected);
    }

    @Test
    void anUnknownFormatIsRefusedOnTheFormatParameter() {
        assertThatThrownBy(() -> ExportFormat.requested("pdf", null))
                .isInstanceOfSatisfying(OutturnException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(refusal.field()).isEqualTo("format");
                })
                .hasMessageContaining("csv or xlsx");
    }
}
