package org.accountsuccess.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One file of a data set being written: a header and rows, with RFC 4180 quoting. Lines end in
 * {@code \n}, which every CSV reader accepts; a field holding a comma, a quote or a line break is
 * quoted and its quotes doubled.
 */
final class CsvFile {
    private final String name;
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    CsvFile(String name, String... columns) {
        this.name = name;
        this.columns = List.of(columns);
    }

    String name() {
        return name;
    }

    int size() {
        return rows.size();
    }

    /** Adds a row; {@code null} is written as an empty field, dates moved by the shift, anything else by {@code toString()}. */
    void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns.size()
                    + " columns " + columns);
        }
        rows.add(values.clone());
    }

    /** Writes the file into {@code folder} as UTF-8 without BOM, every date moved by {@code shift}. */
    Path writeTo(Path folder, DateShift shift) throws IOException {
        Path file = folder.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeLine(out, columns.toArray(String[]::new));
            for (Object[] row : rows) {
                writeLine(out, Arrays.stream(row).map(shift::field).toArray(String[]::new));
            }
        }
        return file;
    }

    private static void writeLine(BufferedWriter out, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields[i]));
        }
        out.write('\n');
    }

    static String quoted(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
