package org.accountsuccess.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.accountsuccess.host.spi.FollowUp;

import org.accountsuccess.store.dataset.DataSetStore;
import org.accountsuccess.store.jdbc.JdbcHost;
import org.accountsuccess.store.schema.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the store tests share: a fresh database per test, migrated, behind an
 * {@link ObservedDataSource}, with the host and the data-set service over it. Subclasses name the
 * database; the test bodies are the same for H2 and PostgreSQL.
 */
abstract class StoreTestBase {
    static final String BASE_CURRENCY = "EUR";
    /** Every table, in an order that respects the foreign keys when deleting from the end. */
    static final List<String> TABLES = List.of("users", "exchange_rates", "accounts", "contacts", "invitations",
            "responses", "employee_responses", "contracts", "revenue", "activities", "follow_ups", "schema_version");

    @TempDir
    Path temp;
    TestDatabase database;
    ObservedDataSource dataSource;
    JdbcHost host;
    DataSetStore dataSets;
    /** What the migration at the start of the test applied to the empty database. */
    List<String> appliedAtStart;

    /** A new, empty database. */
    abstract TestDatabase newDatabase(Path folder) throws SQLException;

    @BeforeEach
    void start() throws SQLException {
        database = newDatabase(temp.resolve("db"));
        connect();
        appliedAtStart = Schema.migrate(dataSource);
    }

    /** Connects the store as an application start would (the schema is not migrated here). */
    void connect() {
        dataSource = new ObservedDataSource(database.open());
        host = new JdbcHost(dataSource, BASE_CURRENCY);
        dataSets = new DataSetStore(dataSource, BASE_CURRENCY);
    }

    @AfterEach
    void stop() throws SQLException {
        database.close();
    }

    /** A copy of the data set {@code name} of the test resources, in a folder of its own. */
    Path dataSet(String name) {
        URL url = StoreTestBase.class.getResource("/datasets/" + name);
        try {
            Path source = Path.of(url.toURI());
            Path copy = Files.createTempDirectory(temp, name);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(Path folder, String file, String content) {
        try {
            Files.writeString(folder.resolve(file), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of every table, ordered, as the database holds them. */
    Map<String, List<List<Object>>> snapshot() throws SQLException {
        return snapshot(dataSource, TABLES);
    }

    /** Every row of {@code tables}, ordered, as the database holds them. */
    static Map<String, List<List<Object>>> snapshot(DataSource dataSource, List<String> tables) throws SQLException {
        Map<String, List<List<Object>>> snapshot = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                List<List<Object>> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.add(result.getString(i));
                        }
                        rows.add(row);
                    }
                }
                snapshot.put(table, rows);
            }
        }
        return snapshot;
    }

    long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A follow-up for a response of the good data set. */
    static FollowUp followUp(String responseId, String title) {
        return new FollowUp(responseId, "a-3", "c-6", "u-rep2", FollowUp.Kind.CALL_BACK, LocalDate.parse("2026-02-01"),
                title);
    }

    /** Everything {@code stream} holds; closes it. */
    static <T> List<T> all(Stream<T> stream) {
        try (stream) {
            return stream.toList();
        }
    }

    static <T> List<T> filter(List<T> all, Predicate<T> keep) {
        return all.stream().filter(keep).toList();
    }
}
