package org.accountsuccess.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The distribution as a user runs it: unpacked, started with {@code bin/start}, driven through
 * {@code bin/client}, stopped and started again. Checks that the demo data loads on first start,
 * that the console commands print its figures, and that the data survives the restart without
 * being loaded twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionRestartIT {
    private static final String SSH_PORT = "18301";
    private static final String USER = "itest";
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final String AS_OF = "2026-11-15";
    private static UnpackedDistribution distribution;
    private static Path home;
    private static String npsBefore;
    private static String followUpsBefore;

    @BeforeAll
    static void unpackAndStart() throws Exception {
        distribution = UnpackedDistribution.unpack("distribution-restart", SSH_PORT, "11299", "44644");
        home = distribution.home;
        // the console login comes from etc/users.properties, which ships with no user
        distribution.set("etc/users.properties", USER, PASSWORD + ",as-admin,_g_:admingroup");
        distribution.set("etc/org.accountsuccess.demo.cfg", "anchor", KarafDistribution.DEMO_ANCHOR);
        distribution.set("etc/users.properties", "_g_\\:admingroup", "group,admin,manager,viewer,systembundles,ssh");
        // the closed loop takes the demo's last 30 days (to 2026-11-15) as new responses, whatever today is
        long lookback = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(AS_OF).minusDays(30),
                LocalDate.now(java.time.ZoneOffset.UTC)) + 1;
        // (the feature installs its default file on the first start unless one exists)
        Files.writeString(home.resolve("etc/org.accountsuccess.loop.cfg"), "response.lookback.days = " + lookback + "\n");
        start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (distribution != null) {
            distribution.run("bin/stop");
        }
    }

    @Test
    @Order(1)
    void demoDataLoadsOnFirstStartAndTheConsolePrintsItsFigures() throws Exception {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() ->
                assertThat(client("as:accounts --as-of " + AS_OF)).contains("200 account(s) as of " + AS_OF));
        npsBefore = client("as:nps --from 2025-11-16 --to " + AS_OF);
        assertThat(npsBefore).contains("interval").containsPattern("n\\b");
        assertThat(client("as:scorecard --as-of " + AS_OF + " acc-001")).contains("Account NPS").contains("Coverage");
        String topics = client("as:topics --from 2025-11-16 --to " + AS_OF);
        System.out.println(topics);
        assertThat(topics).containsPattern("Comments 2025-11-16 to " + AS_OF + ": \\d+ of \\d+ responses; \\d+ German, \\d+ English")
                .contains("ARR at stake (EUR)").contains("What detractors say more than promoters");
        // a sweep waits for the one the demo import started; then the follow-ups are all there. On
        // SQLite one CI run saw the first manual sweep find no new response (the restart's sweep
        // found all 647): until that is understood, sweep again for up to a minute.
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(client("as:loop-sweep")).containsPattern("Follow-ups pending\\s+\\| 0\\b");
            assertThat(client("as:followups --as-of " + AS_OF))
                    .containsPattern("\\d{2,} follow-up\\(s\\), \\d+ overdue");
        });
        followUpsBefore = client("as:followups --as-of " + AS_OF);
    }

    @Test
    @Order(2)
    void dataSurvivesARestartAndTheDemoIsNotLoadedTwice() throws Exception {
        long pid = distribution.pid();
        distribution.run("bin/stop");
        // bin/status says "Not Running" while the JVM still shuts down, and bin/start refuses to run
        // while the root instance's process is alive: wait for the process itself.
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE);
        start();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() ->
                assertThat(client("as:accounts --as-of " + AS_OF)).contains("200 account(s) as of " + AS_OF));
        assertThat(client("as:nps --from 2025-11-16 --to " + AS_OF)).isEqualTo(npsBefore);
        // the closed loop's ledger survives too: nothing is new, nothing is created twice
        assertThat(client("as:loop-sweep")).containsPattern("New responses\\s+\\| 0\\b");
        assertThat(client("as:followups --as-of " + AS_OF)).isEqualTo(followUpsBefore);
    }

    private static void start() throws Exception {
        distribution.run("bin/start");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .untilAsserted(() -> assertThat(client("bundle:list -s | grep org.accountsuccess.core"))
                        .contains("Active"));
    }

    /** Runs console commands through bin/client and returns what they printed. */
    private static String client(String commands) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bin/client", "-a", SSH_PORT, "-u", USER, "-p", PASSWORD, "-b")
                .directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = builder.start();
        p.getOutputStream().write((commands + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("bin/client failed: " + out);
        }
        return out;
    }
}
