package org.accountsuccess.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportReport;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.store.dataset.DataSetStore;
import org.accountsuccess.store.schema.Schema;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time and heap of importing a generated activities.csv of {@code -Dbenchmark.rows} rows
 * (default 1,000,000) with the accounts it references into H2 in file mode. Tagged slow, so
 * {@code mvn verify} leaves it out; run it with
 * {@code mvn -o -pl bundles/store test -Dstore.excludedGroups= -Dgroups=slow}.
 */
@Tag("slow")
class ImportBenchmarkTest {
    private static final int ACCOUNTS = 1_000;
    private static final List<String> TYPES = Stream.of(ActivityType.values()).map(ActivityType::code).toList();

    @TempDir
    Path temp;

    @Test
    void importAMillionActivities() throws Exception {
        int rows = Integer.getInteger("benchmark.rows", 1_000_000);
        Path dataSet = Files.createDirectory(temp.resolve("set"));
        generate(dataSet, rows);
        H2TestDatabase database = new H2TestDatabase(temp.resolve("db"));
        try (database) {
            ObservedDataSource dataSource = new ObservedDataSource(database.open());
            Schema.migrate(dataSource);
            DataSetStore store = new DataSetStore(dataSource, "EUR");

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

            long mergeStart = System.nanoTime();
            ImportReport again = store.importDataSet(dataSet, ImportMode.MERGE, null);
            long mergeEnd = System.nanoTime();
            assertThat(again.files().get(1).unchanged()).isEqualTo(rows);

            System.out.printf("%nimport benchmark: %,d activities (%,d MB CSV) + %,d accounts into H2 file mode%n"
                    + "  REPLACE into an empty store: %.1f s (checking %.1f s, writing %.1f s)%n"
                    + "  MERGE of the same rows again (all unchanged): %.1f s%n"
                    + "  heap used, highest of the samples taken every 10,000 rows: %,d MB (max heap %,d MB);"
                    + " database on disk: %,d MB%n",
                    rows, Files.size(dataSet.resolve("activities.csv")) >> 20, ACCOUNTS, seconds(start, end),
                    seconds(start, checked.get()), seconds(checked.get(), end), seconds(mergeStart, mergeEnd),
                    heap.get() >> 20, Runtime.getRuntime().maxMemory() >> 20, size(temp.resolve("db")) >> 20);
        }
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
