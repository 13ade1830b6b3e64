package org.accountsuccess.kpi.publicdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The test-only CSV reader follows RFC 4180, so the public-data figures rest on a checked parse. */
class CsvTest {

    @Test
    void readsQuotedCommasDoubledQuotesAndLineBreaks() {
        String text = "\uFEFFAirline,CustomerID,comment\r\n"
                + "\"Schmeler, Schimmel and Collier\",013d950,\"The \"\"Pic\"\" was\r\ncheesy\"\r\n"
                + "Prep Air,,plain\n"
                + "Prep Air,e3bd6ff,\"\"";

        List<List<String>> records = Csv.parse(text);

        assertThat(records).containsExactly(
                List.of("Airline", "CustomerID", "comment"),
                List.of("Schmeler, Schimmel and Collier", "013d950", "The \"Pic\" was\r\ncheesy"),
                List.of("Prep Air", "", "plain"),
                List.of("Prep Air", "e3bd6ff", ""));
        assertThat(Csv.rows(records).get(0)).containsEntry("Airline", "Schmeler, Schimmel and Collier");
    }

    @Test
    void rejectsRaggedRecordsAndOpenQuotes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Csv.rows(Csv.parse("a,b\n1,2,3\n")));
        assertThatIllegalArgumentException().isThrownBy(() -> Csv.parse("a\n\"open"));
    }
}
