package org.accountsuccess.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The distribution archive the build just made, unpacked under {@code target/<folder>} and run as a
 * user runs it ({@code bin/start}, {@code bin/stop}), on ports of its own so that a Karaf on the
 * defaults does not disturb it.
 */
final class UnpackedDistribution {
    final Path home;

    private UnpackedDistribution(Path home) {
        this.home = home;
    }

    /** Unpacks a fresh copy with the given ssh port and RMI registry and server ports, HTTP on {@link KarafDistribution#HTTP_PORT}. */
    static UnpackedDistribution unpack(String folder, String sshPort, String rmiRegistryPort, String rmiServerPort)
            throws IOException, InterruptedException {
        return unpack(folder, KarafDistribution.HTTP_PORT, sshPort, rmiRegistryPort, rmiServerPort);
    }

    /** Unpacks a fresh copy with the given HTTP, ssh, RMI registry and RMI server ports. */
    static UnpackedDistribution unpack(String folder, String httpPort, String sshPort, String rmiRegistryPort,
            String rmiServerPort) throws IOException, InterruptedException {
        Path target = Paths.get("target", folder).toAbsolutePath();
        deleteRecursively(target);
        Files.createDirectories(target);
        run(target, List.of("tar", "xzf", System.getProperty("distribution.archive"), "-C", target.toString()));
        UnpackedDistribution distribution;
        try (var entries = Files.list(target)) {
            distribution = new UnpackedDistribution(entries.filter(Files::isDirectory).findFirst().orElseThrow());
        }
        distribution.set("etc/org.apache.karaf.shell.cfg", "sshPort", sshPort);
        distribution.set("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", rmiRegistryPort);
        distribution.set("etc/org.apache.karaf.management.cfg", "rmiServerPort", rmiServerPort);
        distribution.set("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort);
        return distribution;
    }

    /** Sets one property of a Karaf configuration file, replacing an earlier value of the key. */
    void set(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.exists(path) ? new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8))
                : new ArrayList<>();
        lines.removeIf(line -> line.matches("\\s*" + Pattern.quote(key) + "\\s*[=:].*"));
        lines.add(key + " = " + value);
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    /** The process id of the running root instance, as bin/start records it. */
    long pid() throws IOException {
        java.util.Properties instances = new java.util.Properties();
        try (var in = Files.newInputStream(home.resolve("instances/instance.properties"))) {
            instances.load(in);
        }
        return Long.parseLong(instances.getProperty("item.0.pid").strip());
    }

    /** Runs a command of the distribution, such as {@code bin/start}, and returns its exit value. */
    int run(String... command) throws IOException, InterruptedException {
        return run(home, List.of(command));
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

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
