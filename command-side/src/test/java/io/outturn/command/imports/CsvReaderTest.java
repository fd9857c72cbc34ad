package io.outturn.command.imports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    @Test
    void thousandsInsideQuotesStayOneField() {
        // seed 001 savings line 2, as the transcription writes it
        List<CsvRecord> records = CsvReader.read("ref,title,service_area,fy2011_12\n"
                + "2,Reablement & Homecare - service,Adult Social Care,\"1,300\"\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).fields()).containsExactly("2", "Reablement & Homecare - service",
                "Adult Social Care", "1,300");
    }

    @Test
    void embeddedCommasQuotesAndLineBreaksAreKept() {
        List<CsvRecord> records = CsvReader.read("a,b\r\n\"x, y\",\"she said \"\"tbc\"\"\nthen left\"\r\n");

        assertThat(records.get(1).fields()).containsExactly("x, y", "she said \"tbc\"\nthen left");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() {
        List<CsvRecord> records = CsvReader.read("\uFEFFindicator_id,title\r\nNI130,No of people on a personal budget");

        assertThat(records.get(0).fields()).containsExactly("indicator_id", "title");
        assertThat(records.get(1).fields()).containsExactly("NI130", "No of people on a personal budget");
    }

    @Test
    void rowsAreNumberedAsInTheFileHeaderBeingRowOne() {
        List<CsvRecord> records = CsvReader.read("h1,h2\r\n1,2\r\n\r\n,\r\n\"multi\nline\",3\r\n4,5");

        assertThat(records).extracting(CsvRecord::row).containsExactly(1, 2, 5, 6);
    }

    @Test
    void blankRowsAndRowsOfOnlyCommasAreDropped() {
        List<CsvRecord> records = CsvReader.read("a,b\n\n,,\n1,2\n\n");

        assertThat(records).extracting(CsvRecord::fields)
                .containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void trailingEmptyFieldsAreKept() {
        assertThat(CsvReader.read("a,b,\n").get(0).fields()).containsExactly("a", "b", "");
    }

    @Test
    void aStrayQuoteInsideAnUnquotedFieldIsLiteral() {
        assertThat(CsvReader.read("5'11\",x").get(0).fields()).containsExactly("5'11\"", "x");
    }

    @Test
    void anUnclosedQuoteIsRejectedNamingItsRow() {
        assertThatThrownBy(() -> CsvReader.read("a,b\n1,\"open\n"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.row()).isEqualTo(2))
                .hasMessageContaining("not closed");
    }

    @Test
    void textAfterAClosingQuoteIsRejected() {
        assertThatThrownBy(() -> CsvReader.read("a\n\"x\"y\n"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.row()).isEqualTo(2));
    }

    @Test
    void anEmptyFileHasNoRecords() {
        assertThat(CsvReader.read("")).isEmpty();
        assertThat(CsvReader.read("\uFEFF")).isEmpty();
    }
}
