package org.accountsuccess.store.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void linesAreCountedPhysicallyAcrossQuotedLineBreaksAndBlankLines() throws IOException {
        List<CsvReader.Line> lines = readAll("id,text\r\n1,\"a\nb\r\nc\"\r\n\r\n2,\"x, \"\"y\"\"\"\n\n3,last");
        assertThat(lines).containsExactly(new CsvReader.Line(1, List.of("id", "text")),
                new CsvReader.Line(2, List.of("1", "a\nb\r\nc")), new CsvReader.Line(6, List.of("2", "x, \"y\"")),
                new CsvReader.Line(8, List.of("3", "last")));
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        assertThat(readAll("\uFEFFaccount_id,name\na,b\n").get(0).fields()).containsExactly("account_id", "name");
    }

    @Test
    void malformedCsvNamesTheLineWhereTheRecordStarts() throws IOException {
        try (CsvReader reader = reader("id,text\n1,\"ok\nstill ok\"\n2,\"closed\"junk\n".getBytes(StandardCharsets.UTF_8))) {
            reader.next();
            reader.next();
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(CsvReader.SyntaxException.class,
                    e -> assertThat(e.line()).isEqualTo(4)).hasMessageStartingWith("malformed CSV");
        }
    }

    @Test
    void anUnterminatedQuoteIsMalformed() throws IOException {
        try (CsvReader reader = reader("id,text\n1,\"open\n".getBytes(StandardCharsets.UTF_8))) {
            reader.next();
            assertThatThrownBy(reader::next).isInstanceOf(CsvReader.SyntaxException.class);
        }
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsReplacementCharacters() throws IOException {
        byte[] latin1 = "id,name\n1,M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1);
        try (CsvReader reader = reader(latin1)) {
            reader.next();
            assertThat(reader.next().fields()).containsExactly("1", "M\uFFFDller");
        }
    }

    private static List<CsvReader.Line> readAll(String text) throws IOException {
        List<CsvReader.Line> lines = new ArrayList<>();
        try (CsvReader reader = reader(text.getBytes(StandardCharsets.UTF_8))) {
            for (CsvReader.Line line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static CsvReader reader(byte[] bytes) throws IOException {
        return new CsvReader(new ByteArrayInputStream(bytes));
    }
}
