package org.accountsuccess.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.store.dataset.DataSetStore;
import org.accountsuccess.store.schema.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that imports into the shipped embedded SQLite store with SIGKILL
 * ({@link Process#destroyForcibly()}) and reopens the store: it must start without repair and
 * hold exactly the data set before the import or exactly the one after it.
 *
 * <p>Kills right after a large and after small imports answered success (their data must be
 * there), and the random-moment trials, where the store alternates between a data set A and the
 * merge of a revision B into it and each trial kills the import at a random (seeded) moment.
 * {@code -Dcrash.trials} (default 10) and {@code -Dcrash.seed} (default 12) change the run
 * (BENCHMARKS.md, "Store crash trials"; H2 2.5.252 failed these trials, which is why the embedded
 * default is SQLite).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportCrashTest {
    private static final GeneratedDataSet A = new GeneratedDataSet(1_000, 20_000, 0);
    private static final GeneratedDataSet B = new GeneratedDataSet(1_000, 20_000, 1);
    private static final long LINE_TIMEOUT_SECONDS = 60;

    @TempDir
    static Path temp;
    private Path setA;
    private Path setB;
    /** The fingerprints of A and of A merged with B, computed in a store of their own without crashes. */
    private StoreFingerprint expectedA;
    private StoreFingerprint expectedMerged;

    @BeforeAll
    void generateAndComputeTheExpectedFingerprints() throws Exception {
        setA = A.writeTo(temp.resolve("A"));
        setB = B.writeTo(temp.resolve("B"));
        DataSource uncrashed = new SqliteTestDatabase(temp.resolve("expected")).open();
        Schema.migrate(uncrashed);
        DataSetStore store = new DataSetStore(uncrashed, StoreTestBase.BASE_CURRENCY);
        store.importDataSet(setA, ImportMode.REPLACE, null);
        expectedA = StoreFingerprint.of(uncrashed);
        store.importDataSet(setB, ImportMode.MERGE, null);
        expectedMerged = StoreFingerprint.of(uncrashed);
        assertThat(expectedMerged).isNotEqualTo(expectedA);
    }

    @Test
    void aKillRightAfterALargeImportSucceededKeepsTheNewDataSet() throws Exception {
        String url = ShippedDataSource.url(temp.resolve("karaf-data-large"));
        new Child(url, setA, ImportMode.REPLACE).awaitImported();
        assertThat(reopen(url)).isEqualTo(expectedA);
        new Child(url, setB, ImportMode.MERGE).awaitImported();
        assertThat(reopen(url)).isEqualTo(expectedMerged);
    }

    @Test
    void aKillAtAnyMomentOfAnImportLeavesTheOldOrTheNewDataSet() throws Exception {
        String url = ShippedDataSource.url(temp.resolve("karaf-data"));
        long replaceMillis = new Child(url, setA, ImportMode.REPLACE).awaitImported();
        assertThat(reopen(url)).isEqualTo(expectedA);
        long mergeMillis = new Child(url, setB, ImportMode.MERGE).awaitImported();
        assertThat(reopen(url)).isEqualTo(expectedMerged);

        int trials = Integer.getInteger("crash.trials", 10);
        long seed = Long.getLong("crash.seed", 12);
        Random random = new Random(seed);
        StoreFingerprint current = expectedMerged;
        int keptOld = 0;
        List<String> log = new ArrayList<>();
        for (int trial = 1; trial <= trials; trial++) {
            boolean merging = current.equals(expectedA);
            StoreFingerprint after = merging ? expectedMerged : expectedA;
            // Uniform over one and a half times the import's length (JVM start and the check pass included).
            long delay = (long) (random.nextDouble() * 1.6 * (merging ? mergeMillis : replaceMillis));
            Child child = merging ? new Child(url, setB, ImportMode.MERGE) : new Child(url, setA, ImportMode.REPLACE);
            child.awaitLine(ImportingProcess.IMPORTING);
            Thread.sleep(delay);
            child.kill();
            long reopenStart = System.nanoTime();
            StoreFingerprint found;
            try {
                found = reopen(url);
            } catch (SQLException e) {
                copy(temp.resolve("karaf-data"), Path.of(System.getProperty("crash.keep", "target/crashed-store")));
                throw new AssertionError("trial " + trial + ": the store did not reopen after a kill " + delay
                        + " ms into a " + (merging ? "merge" : "replace") + " (kept in target/crashed-store)", e);
            }
            long reopenMillis = (System.nanoTime() - reopenStart) / 1_000_000;
            assertThat(found).as("trial %d, killed %d ms into a %s", trial, delay, merging ? "merge" : "replace")
                    .isIn(current, after);
            keptOld += found.equals(current) ? 1 : 0;
            log.add(String.format("  trial %2d: %s killed at %5d ms: %s data set; reopened and read in %4d ms",
                    trial, merging ? "merge  " : "replace", delay, found.equals(current) ? "old" : "new", reopenMillis));
            System.out.println(log.get(log.size() - 1));
            current = found;
        }
        System.out.printf("%nimport crash trials, seed %d, %s (%,d KB of CSV), whole replace %d ms, merge %d ms:%n"
                + "%s%n  old %d, new %d, store file %,d KB%n", seed, A, size(setA) >> 10, replaceMillis, mergeMillis,
                String.join("\n", log), keptOld, trials - keptOld, size(temp.resolve("karaf-data")) >> 10);
    }

    /** The case that lost data with H2's default write delay: a few rows, committed, then a kill. */
    @Test
    void aKillRightAfterASmallImportSucceededKeepsItsRows() throws Exception {
        String url = ShippedDataSource.url(temp.resolve("karaf-data-small"));
        Path small = Files.createDirectories(temp.resolve("small"));
        StoreTestBase.write(small, "accounts.csv", "account_id,name\nacc-1,Account 1\n");
        StoreTestBase.write(small, "contacts.csv", "contact_id,account_id,role\ncon-1,acc-1,A\n");
        for (int round = 1; round <= 3; round++) {
            StoreTestBase.write(small, "responses.csv", "response_id,contact_id,answered_at,score\n"
                    + "new-" + round + "-1,con-1,2026-01-01,9\nnew-" + round + "-2,con-1,2026-01-02,10\n");
            new Child(url, small, ImportMode.MERGE).awaitImported();
            assertThat(reopen(url).rows()).as("round %d", round).containsEntry("accounts", 1L)
                    .containsEntry("responses", 2L * round);
        }
    }

    /** Starts the store on {@code url} as an application restart would, and reads its fingerprint. */
    private static StoreFingerprint reopen(String url) throws SQLException {
        DataSource dataSource = ShippedDataSource.open(url);
        new StandaloneHost(dataSource, StandaloneHostTest.config(Map.of()));
        return StoreFingerprint.of(dataSource);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static long size(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    /** A JVM running {@link ImportingProcess}; its stdout lines arrive on a queue. */
    private final class Child {
        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Child(String url, Path dataSet, ImportMode mode) throws IOException {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            process = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    ImportingProcess.class.getName(), url, dataSet.toString(), mode.name())
                    .redirectError(Files.createTempFile(temp, "child", ".err").toFile()).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the child was killed
                }
            }, "child stdout");
            reader.setDaemon(true);
            reader.start();
        }

        String awaitLine(String prefix) throws InterruptedException {
            String line = lines.poll(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(line).as("the child's next line (alive: %s)", process.isAlive()).startsWith(prefix);
            return line;
        }

        /** Waits for the import to succeed, kills the child at once and returns the import's milliseconds. */
        long awaitImported() throws InterruptedException {
            awaitLine(ImportingProcess.IMPORTING);
            long millis = Long.parseLong(awaitLine(ImportingProcess.IMPORTED).split(" ")[1]);
            kill();
            return millis;
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("child killed").isTrue();
        }
    }
}
