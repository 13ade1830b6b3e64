package org.accountsuccess.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The embedded candidates side by side (BENCHMARKS.md, "Choosing the embedded database"): for each,
 * the time and file size of repeated replaces of {@code candidates.rows} activities (default
 * 300,000) in one transaction, then {@code candidates.trials} (default 20) kills of a child JVM at
 * a random (seeded) moment of a replace of {@code candidates.crashRows} rows (default 40,000),
 * each followed by a reopen that must find exactly the old or the new rows. Prints its figures;
 * fails when a store came back different or unreadable ({@code -Dcandidates.only=SQLITE,HSQLDB} picks). Tagged slow:
 * {@code mvn -pl bundles/store -am verify -Dstore.excludedGroups= -Dgroups=slow
 * -Dtest=EmbeddedCandidateTrials -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("slow")
class EmbeddedCandidateTrials {
    private static final int ROWS = Integer.getInteger("candidates.rows", 300_000);
    private static final int CRASH_ROWS = Integer.getInteger("candidates.crashRows", 40_000);
    private static final int TRIALS = Integer.getInteger("candidates.trials", 20);
    private static final int REPLACES = 4;

    @ParameterizedTest
    @EnumSource(EmbeddedCandidate.class)
    void replacesAndSurvivesKills(EmbeddedCandidate candidate) throws Exception {
        assumeTrue(System.getProperty("candidates.only", candidate.name()).contains(candidate.name()),
                "-Dcandidates.only leaves " + candidate + " out");
        Path root = Files.createTempDirectory(Path.of("target"), candidate.name());
        List<String> replaceSeconds = new ArrayList<>();
        List<String> megabytes = new ArrayList<>();
        Path speed = root.resolve("speed");
        try (Connection connection = candidate.open(speed)) {
            for (int i = 0; i < REPLACES; i++) {
                long start = System.nanoTime();
                candidate.replace(connection, ROWS, i % 2);
                replaceSeconds.add(String.format("%.1f", (System.nanoTime() - start) / 1e9));
                megabytes.add(String.valueOf(size(speed) >> 20));
            }
        }
        long closedMegabytes = size(speed) >> 20;

        Path crash = root.resolve("crash");
        String[] expected = new String[2];
        long replaceMillis = 0;
        try (Connection connection = candidate.open(crash)) {
            for (int revision : new int[] {1, 0}) {
                long start = System.nanoTime();
                candidate.replace(connection, CRASH_ROWS, revision);
                replaceMillis = (System.nanoTime() - start) / 1_000_000;
                expected[revision] = EmbeddedCandidate.fingerprint(connection);
            }
        }
        Random random = new Random(12);
        int current = 0;
        int keptOld = 0;
        List<String> lost = new ArrayList<>();
        for (int trial = 1; trial <= TRIALS; trial++) {
            int next = 1 - current;
            long delay = (long) (random.nextDouble() * 1.6 * replaceMillis);
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), ReplacingProcess.class.getName(),
                    candidate.name(), crash.toString(), String.valueOf(CRASH_ROWS), String.valueOf(next))
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("trial %d: the child's first line", trial).isEqualTo(ReplacingProcess.REPLACING);
            Thread.sleep(delay);
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String found;
            try (Connection connection = candidate.open(crash)) {
                found = EmbeddedCandidate.fingerprint(connection);
            } catch (SQLException e) {
                // Counted, and the trials go on in a fresh folder, so each candidate gets all its trials.
                lost.add("trial " + trial + " at " + delay + " ms: " + e.getMessage().lines().findFirst().orElse(""));
                crash = root.resolve("crash-" + trial);
                current = 0;
                try (Connection connection = candidate.open(crash)) {
                    candidate.replace(connection, CRASH_ROWS, 0);
                }
                continue;
            }
            assertThat(found).as("%s trial %d, killed %d ms into a replace", candidate, trial, delay)
                    .isIn(expected[current], expected[next]);
            keptOld += found.equals(expected[current]) ? 1 : 0;
            current = found.equals(expected[next]) ? next : current;
        }
        System.out.printf("%n%s: replace of %,d rows %s s; file after each %s MB, after close %d MB;"
                + " %d kills of a %,d-row replace (%d ms whole): %d old, %d new, %d unreadable %s%n", candidate, ROWS,
                replaceSeconds, megabytes, closedMegabytes, TRIALS, CRASH_ROWS, replaceMillis, keptOld,
                TRIALS - keptOld - lost.size(), lost.size(), lost);
        assertThat(lost).as("%s: stores unreadable after a kill", candidate).isEmpty();
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
