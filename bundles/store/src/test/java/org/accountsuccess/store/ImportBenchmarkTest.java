package org.accountsuccess.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportReport;
import org.accountsuccess.host.spi.ActivityType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time and heap of importing a generated activities.csv of {@code -Dbenchmark.rows} rows
 * (default 1,000,000) with the accounts it references, through the standalone host: into H2 on
 * the shipped URL (a connection held open, as the pool holds one), and into PostgreSQL when
 * {@code ACCOUNTSUCCESS_PG_URL} is set. Tagged slow, so {@code mvn verify} leaves it out; run it with
 * {@code mvn -o -pl bundles/store -am verify -Dstore.excludedGroups= -Dgroups=slow -Dtest=ImportBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("slow")
class ImportBenchmarkTest {
    private static final int ACCOUNTS = 1_000;
    private static final List<String> TYPES = Stream.of(ActivityType.values()).map(ActivityType::code).toList();

    @TempDir
    Path temp;

    @Test
    void importIntoTheShippedH2() throws Exception {
        Path karafData = temp.resolve("karaf-data");
        DataSource dataSource = ShippedDataSource.open(ShippedDataSource.url(karafData));
        try (Connection pooled = dataSource.getConnection()) {
            run("H2 (shipped URL)", dataSource, karafData);
            pooled.createStatement().execute("SHUTDOWN");
        }
        System.out.printf("  H2 file after close (compacted for up to MAX_COMPACT_TIME): %,d MB%n", size(karafData) >> 20);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL, matches = ".+",
            disabledReason = PostgresTestDatabase.SKIPPED)
    void importIntoPostgres() throws Exception {
        try (PostgresTestDatabase database = new PostgresTestDatabase()) {
            run("PostgreSQL (COPY)", database.open(), null);
        }
    }

    private void run(String database, DataSource dataSource, Path files) throws Exception {
        int rows = Integer.getInteger("benchmark.rows", 1_000_000);
        Path dataSet = Files.createDirectories(temp.resolve("set"));
        generate(dataSet, rows);
        StandaloneHost store = new StandaloneHost(dataSource, StandaloneHostTest.config(Map.of()));

        System.gc();
        AtomicLong checked = new AtomicLong();
        AtomicLong heap = new AtomicLong();
        long start = System.nanoTime();
        ImportReport report = store.importDataSet(dataSet, ImportMode.REPLACE, (phase, file, done) -> {
            heap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            if (phase.equals("writing") && checked.get() == 0) {
                checked.set(System.nanoTime());
            }
        });
        long end = System.nanoTime();
        assertThat(report.files().get(1).inserted()).isEqualTo(rows);
        String afterReplace = files == null ? "" : String.format("; file %,d MB", size(files) >> 20);

        long mergeStart = System.nanoTime();
        ImportReport again = store.importDataSet(dataSet, ImportMode.MERGE, null);
        long mergeEnd = System.nanoTime();
        assertThat(again.files().get(1).unchanged()).isEqualTo(rows);

        System.out.printf("%nimport benchmark: %,d activities (%,d MB CSV) + %,d accounts into %s%n"
                + "  REPLACE into an empty store: %.1f s (checking %.1f s, writing %.1f s), %,.0f rows/s%s%n"
                + "  MERGE of the same rows again (all unchanged): %.1f s%n"
                + "  heap used, highest of the samples taken every 10,000 rows: %,d MB (max heap %,d MB)%n",
                rows, Files.size(dataSet.resolve("activities.csv")) >> 20, ACCOUNTS, database, seconds(start, end),
                seconds(start, checked.get()), seconds(checked.get(), end), (rows + ACCOUNTS) / seconds(start, end),
                afterReplace, seconds(mergeStart, mergeEnd), heap.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void generate(Path folder, int rows) throws IOException {
        try (BufferedWriter accounts = Files.newBufferedWriter(folder.resolve("accounts.csv"), StandardCharsets.UTF_8)) {
            accounts.write("account_id,name,tier\n");
            for (int a = 0; a < ACCOUNTS; a++) {
                accounts.write("acc-" + a + ",Account " + a + "," + (a % 3 + 1) + "\n");
            }
        }
        Instant first = Instant.parse("2024-01-01T00:00:00Z");
        try (BufferedWriter activities = Files.newBufferedWriter(folder.resolve("activities.csv"), StandardCharsets.UTF_8)) {
            activities.write("activity_id,account_id,type,occurred_at,direction,subject,status,severity\n");
            for (int i = 0; i < rows; i++) {
                String type = TYPES.get(i % TYPES.size());
                boolean ticket = type.equals("support_ticket");
                activities.write("act-" + i + ",acc-" + (i % ACCOUNTS) + "," + type + "," + first.plusSeconds(61L * i)
                        + "," + (i % 2 == 0 ? "inbound" : "outbound") + ",\"Subject " + i + ", about things\","
                        + (ticket ? (i % 5 == 0 ? "open" : "closed") + ",normal" : ",") + "\n");
            }
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
