package org.accountsuccess.store.dataset;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.accountsuccess.api.dataset.FileReport;
import org.accountsuccess.store.jdbc.ResultStream;
import org.accountsuccess.store.jdbc.StoreException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every table as the file of data-format.md it came from, with the same columns and
 * formats, so that importing the export gives the same data. All tables are read in one
 * repeatable-read transaction, so the files agree with each other even while an import runs.
 */
final class DataSetExport {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private DataSetExport() {
    }

    /** Writes into the folder {@code target}, or as a zip when its name ends in {@code .zip}. */
    static List<FileReport> write(DataSource dataSource, Path target) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
                        ? toZip(connection, target) : toFolder(connection, target);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("export to " + target + " failed: " + e.getMessage(), e);
        }
    }

    private static List<FileReport> toFolder(Connection connection, Path folder) throws IOException, SQLException {
        Files.createDirectories(folder);
        List<FileReport> reports = new ArrayList<>();
        for (DataFile file : DataFiles.ALL) {
            try (Writer writer = Files.newBufferedWriter(folder.resolve(file.name()), StandardCharsets.UTF_8)) {
                reports.add(writeFile(connection, file, writer));
            }
        }
        return reports;
    }

    private static List<FileReport> toZip(Connection connection, Path zipFile) throws IOException, SQLException {
        Path parent = zipFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        List<FileReport> reports = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8); // closed with the zip
            for (DataFile file : DataFiles.ALL) {
                zip.putNextEntry(new ZipEntry(file.name()));
                reports.add(writeFile(connection, file, writer));
                zip.closeEntry();
            }
        }
        return reports;
    }

    /** Writes one file and flushes; the writer stays open (it may carry the next zip entry). */
    private static FileReport writeFile(Connection connection, DataFile file, Writer writer)
            throws IOException, SQLException {
        List<Column> columns = file.columns();
        String sql = "SELECT " + String.join(", ", columns.stream().map(Column::name).toList()) + " FROM "
                + file.table() + " ORDER BY " + String.join(", ", file.key());
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(columns.stream().map(Column::name).toList());
        long rows = 0;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(ResultStream.FETCH_SIZE);
            try (ResultSet result = select.executeQuery()) {
                List<String> fields = new ArrayList<>(columns.size());
                while (result.next()) {
                    fields.clear();
                    for (int i = 0; i < columns.size(); i++) {
                        ColumnType type = columns.get(i).type();
                        fields.add(type.format(type.sql().read(result, i + 1)));
                    }
                    printer.printRecord(fields);
                    rows++;
                }
            }
        }
        printer.flush();
        return new FileReport(file.name(), rows, 0, 0, 0);
    }
}
