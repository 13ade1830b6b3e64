package org.accountsuccess.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
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
    private static Path home;
    private static String npsBefore;

    @BeforeAll
    static void unpackAndStart() throws Exception {
        Path target = Paths.get("target", "distribution-restart").toAbsolutePath();
        deleteRecursively(target);
        Files.createDirectories(target);
        run(target, List.of("tar", "xzf", System.getProperty("distribution.archive"), "-C", target.toString()));
        try (var entries = Files.list(target)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        set("etc/org.apache.karaf.shell.cfg", "sshPort", SSH_PORT);
        set("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11299");
        set("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44644");
        set("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", KarafDistribution.HTTP_PORT);
        // the console login comes from etc/users.properties, which ships with no user
        set("etc/users.properties", USER, PASSWORD + ",_g_:admingroup");
        set("etc/users.properties", "_g_\\:admingroup", "group,admin,manager,viewer,systembundles,ssh");
        start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (home != null) {
            run(home, List.of("bin/stop"));
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
    }

    @Test
    @Order(2)
    void dataSurvivesARestartAndTheDemoIsNotLoadedTwice() throws Exception {
        long pid = rootInstancePid();
        run(home, List.of("bin/stop"));
        // bin/status says "Not Running" while the JVM still shuts down, and bin/start refuses to run
        // while the root instance's process is alive: wait for the process itself.
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE);
        start();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() ->
                assertThat(client("as:accounts --as-of " + AS_OF)).contains("200 account(s) as of " + AS_OF));
        assertThat(client("as:nps --from 2025-11-16 --to " + AS_OF)).isEqualTo(npsBefore);
    }

    private static void start() throws Exception {
        run(home, List.of("bin/start"));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .untilAsserted(() -> assertThat(client("bundle:list -s | grep org.accountsuccess.core"))
                        .contains("Active"));
    }

    /** The process id of the running root instance, as bin/start checks it. */
    private static long rootInstancePid() throws IOException {
        java.util.Properties instances = new java.util.Properties();
        try (var in = Files.newInputStream(home.resolve("instances/instance.properties"))) {
            instances.load(in);
        }
        return Long.parseLong(instances.getProperty("item.0.pid").strip());
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

    private static int run(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = builder.start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " did not finish");
        }
        return p.exitValue();
    }

    /** Sets one property of a Karaf configuration file, replacing an earlier value of the key. */
    private static void set(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        lines.removeIf(line -> line.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*[=:].*"));
        lines.add(key + " = " + value);
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
