package org.accountsuccess.store.dataset;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV file of a data set: UTF-8 (a byte order mark is skipped), RFC 4180 quoting, the
 * header first. Bytes that are not UTF-8 become U+FFFD, so that the value holding them can be
 * refused with its line and column ({@link Column#read}) rather than the whole file. Keeps the physical line each record starts on, so that a quoted field spanning
 * lines does not shift the line numbers of the rows after it. Blank lines are skipped.
 */
final class CsvReader implements Closeable {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long linesRead;

    /** One record and the line it starts on. */
    record Line(long number, List<String> fields) {
    }

    /** The file is not valid CSV from {@code line} on; what follows cannot be read. */
    static final class SyntaxException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        SyntaxException(long line, String message, Throwable cause) {
            super(message, cause);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    CsvReader(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        parser = CSVParser.parse(reader, FORMAT);
        records = parser.iterator();
    }

    /** The next record that is not a blank line, or {@code null} at the end of the file. */
    Line next() throws IOException {
        while (true) {
            long start = linesRead + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw syntaxError(start, e.getCause());
            }
            linesRead = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            return new Line(start, Arrays.asList(record.values()));
        }
    }

    private static IOException syntaxError(long line, IOException cause) {
        return cause instanceof CSVException
                ? new SyntaxException(line, "malformed CSV: " + cause.getMessage(), cause) : cause;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
