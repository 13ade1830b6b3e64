package org.accountsuccess.tryton;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.accountsuccess.tryton.rpc.TrytonEndpoint;

/**
 * A real Tryton server (Debian's {@code trytond}) for the integration tests: a SQLite database
 * under {@code target/trytond}, served on a free loopback port, stopped by {@link #close()}. The
 * database with the modules activated is made once and copied for each start (making it takes
 * about a minute).
 *
 * <p>The test module {@code account_success_survey} (survey responses and invitations, in
 * {@code src/test/tryton}) is copied to {@code target/trytond/python} with a {@code .dist-info}
 * folder whose {@code entry_points.txt} declares it under {@code [trytond.modules]}, the way
 * trytond 6.0 finds modules installed outside its own tree; that folder is on the servers'
 * {@code PYTHONPATH}.
 */
final class TrytonServer implements AutoCloseable {
    static final String DATABASE = "accountsuccess";
    static final String PASSWORD = "tryton-it-admin";
    static final List<String> MODULES = List.of("party_relationship", "company", "sale_subscription",
            "sale_complaint", "sale_opportunity", TrytonServer.SURVEY_MODULE);
    static final String SURVEY_MODULE = "account_success_survey";

    private final Path dir;
    private final int port;
    private Process process;

    private TrytonServer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/trytond")) && Files.isExecutable(Path.of("/usr/bin/trytond-admin"));
    }

    /** Starts a server on a new, empty database with the modules activated. */
    static TrytonServer start(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("db"));
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Files.writeString(dir.resolve("trytond.conf"), "[database]\nuri = sqlite://\npath = " + dir.resolve("db")
                + "\n[web]\nlisten = 127.0.0.1:" + port + "\n[session]\nmax_attempt = 100\n");
        Files.writeString(dir.resolve("admin.password"), PASSWORD);
        String modules = installSurveyModule(dir);
        // A template made with other modules (or another version of the survey module) is not reused.
        Path template = dir.resolve("template-" + Integer.toHexString((MODULES + modules).hashCode()) + ".sqlite");
        if (!Files.exists(template)) {
            Path fresh = dir.resolve("db").resolve("template.sqlite");
            Files.deleteIfExists(fresh);
            Files.createFile(fresh);
            List<String> admin = new java.util.ArrayList<>(List.of("trytond-admin", "-c",
                    dir.resolve("trytond.conf").toString(), "-d", "template", "--all", "--activate-dependencies",
                    "--email", "admin@example.com", "-u"));
            admin.addAll(MODULES);
            run(dir, admin, Duration.ofMinutes(5));
            Files.move(fresh, template);
        }
        Files.copy(template, dir.resolve("db").resolve(DATABASE + ".sqlite"), StandardCopyOption.REPLACE_EXISTING);
        TrytonServer server = new TrytonServer(dir, port);
        try {
            server.launch();
        } catch (IOException | RuntimeException | InterruptedException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    /** The endpoint of the test database, with short timeouts and one quick retry. */
    TrytonEndpoint endpoint() {
        return new TrytonEndpoint(URI.create("http://127.0.0.1:" + port + "/"), DATABASE, "admin", PASSWORD,
                Duration.ofSeconds(2), Duration.ofSeconds(20), 1, Duration.ofMillis(100), 3);
    }

    /**
     * Copies the survey module into {@code dir/python} with the metadata that makes trytond find it;
     * answers the module's sources (to tell an outdated template).
     */
    private static String installSurveyModule(Path dir) throws IOException {
        Path source = Path.of(System.getProperty("tryton.module.dir", "src/test/tryton")).resolve(SURVEY_MODULE);
        Path python = dir.resolve("python");
        Path target = python.resolve(SURVEY_MODULE);
        Files.createDirectories(target);
        StringBuilder sources = new StringBuilder();
        for (String file : List.of("__init__.py", "tryton.cfg", "survey.py")) {
            String text = Files.readString(source.resolve(file));
            Files.writeString(target.resolve(file), text);
            sources.append(text);
        }
        Path info = python.resolve(SURVEY_MODULE + "-6.0.0.dist-info");
        Files.createDirectories(info);
        Files.writeString(info.resolve("METADATA"), "Metadata-Version: 2.1\nName: " + SURVEY_MODULE
                + "\nVersion: 6.0.0\n");
        Files.writeString(info.resolve("entry_points.txt"), "[trytond.modules]\n" + SURVEY_MODULE + " = "
                + SURVEY_MODULE + "\n");
        return sources.toString();
    }

    private static void pythonPath(ProcessBuilder builder, Path dir) {
        String old = builder.environment().get("PYTHONPATH");
        String path = dir.resolve("python").toAbsolutePath().toString();
        builder.environment().put("PYTHONPATH", old == null || old.isEmpty() ? path : path + ":" + old);
    }

    private void launch() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("trytond", "-c", dir.resolve("trytond.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("trytond.log").toFile());
        pythonPath(builder, dir);
        process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("trytond exited with " + process.exitValue() + "; see "
                        + dir.resolve("trytond.log"));
            }
            if (answers()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("trytond did not answer on port " + port + " within 60 s");
    }

    private boolean answers() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/").toURL()
                    .openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            c.setConnectTimeout(500);
            c.getOutputStream().write("{\"id\":1,\"method\":\"common.server.version\",\"params\":[]}"
                    .getBytes(StandardCharsets.UTF_8));
            return c.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Stops the server (as when Tryton goes down); the database stays. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static void run(Path dir, List<String> command, Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("trytond-admin.log").toFile());
        builder.environment().put("TRYTONPASSFILE", dir.resolve("admin.password").toString());
        pythonPath(builder, dir);
        Process p = builder.start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " took longer than " + timeout);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed; see " + dir.resolve("trytond-admin.log"));
        }
    }
}
