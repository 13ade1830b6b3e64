package org.accountsuccess.kpi.publicdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the public sample files (test only) with Commons CSV: RFC 4180, UTF-8, a BOM tolerated,
 * the first record names the columns.
 */
final class Csv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().get();

    private Csv() {
    }

    /** The records after the header, each as column name to value, in file order. */
    static List<Map<String, String>> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, FORMAT)) {
            return parser.stream().map(Csv::row).toList();
        }
    }

    private static Map<String, String> row(CSVRecord record) {
        if (!record.isConsistent()) {
            throw new IllegalArgumentException("record " + record.getRecordNumber() + " has " + record.size()
                    + " fields, the header " + record.getParser().getHeaderNames().size());
        }
        return record.toMap();
    }
}
