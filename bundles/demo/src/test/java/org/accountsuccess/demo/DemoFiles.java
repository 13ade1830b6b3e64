package org.accountsuccess.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The demo data set, generated once per test run into a temporary folder and read back. */
final class DemoFiles {
    private static Map<String, CsvTable> tables;

    private DemoFiles() {
    }

    static synchronized CsvTable table(String name) {
        if (tables == null) {
            tables = generate();
        }
        CsvTable table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("the demo data set has no " + name + ": " + tables.keySet());
        }
        return table;
    }

    private static Map<String, CsvTable> generate() {
        try {
            Path folder = Files.createTempDirectory("demo-data-test-");
            Map<String, CsvTable> read = new LinkedHashMap<>();
            for (Path file : DemoDataSet.writeTo(folder)) {
                read.put(file.getFileName().toString(), CsvTable.read(file));
                Files.delete(file);
            }
            Files.delete(folder);
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
