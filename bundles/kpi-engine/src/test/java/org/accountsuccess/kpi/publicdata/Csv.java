package org.accountsuccess.kpi.publicdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny RFC 4180 reader for the public sample files (test only): comma separated, fields in
 * double quotes may hold commas, line breaks and doubled quotes; CRLF or LF; a UTF-8 BOM is
 * tolerated. The first record names the columns.
 */
final class Csv {
    private Csv() {
    }

    /** The records after the header, each as column name to value, in file order. */
    static List<Map<String, String>> read(Path file) throws IOException {
        return rows(parse(Files.readString(file, StandardCharsets.UTF_8)));
    }

    static List<Map<String, String>> rows(List<List<String>> records) {
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() != header.size()) {
                throw new IllegalArgumentException("data record " + (rows.size() + 1) + " has " + record.size()
                        + " fields, the header " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Every record of the text, the header included. */
    static List<List<String>> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean recordStarted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    recordStarted = true;
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    recordStarted = true;
                }
                case '\r' -> {
                    // part of CRLF: the LF ends the record
                }
                case '\n' -> {
                    record.add(field.toString());
                    records.add(record);
                    record = new ArrayList<>();
                    field.setLength(0);
                    recordStarted = false;
                }
                default -> {
                    field.append(c);
                    recordStarted = true;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field at the end of the text");
        }
        if (recordStarted) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
