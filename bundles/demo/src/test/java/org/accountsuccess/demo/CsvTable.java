package org.accountsuccess.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A demo data set file read back with Commons CSV (RFC 4180, the first record names the columns). */
record CsvTable(String name, List<String> header, List<Map<String, String>> rows) {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().get();

    static CsvTable read(Path file) throws IOException {
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, FORMAT)) {
            List<Map<String, String>> rows = parser.stream().map(r -> row(file, r)).toList();
            return new CsvTable(file.getFileName().toString(), parser.getHeaderNames(), rows);
        }
    }

    private static Map<String, String> row(Path file, CSVRecord record) {
        if (!record.isConsistent()) {
            throw new IllegalStateException(file + ": " + record.size() + " fields, header has "
                    + record.getParser().getHeaderNames().size() + ": " + record.toList());
        }
        return record.toMap();
    }

    Stream<Map<String, String>> stream() {
        return rows.stream();
    }

    /** The values of one column, in row order. */
    List<String> column(String column) {
        return rows.stream().map(r -> r.get(column)).toList();
    }
}
