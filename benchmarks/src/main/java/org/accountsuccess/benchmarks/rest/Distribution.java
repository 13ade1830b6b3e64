package org.accountsuccess.benchmarks.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real distribution (karaf-assembly's tar.gz), unpacked into a folder of its own, on ports of
 * its own, with an admin and a rep in {@code etc/users.properties}, the demo data off, started with
 * {@code bin/start} and stopped with {@code bin/stop}.
 */
final class Distribution {
    final Path home;
    final int httpPort;
    private final String javaMaxMem;

    private Distribution(Path home, int httpPort, String javaMaxMem) {
        this.home = home;
        this.httpPort = httpPort;
        this.javaMaxMem = javaMaxMem;
    }

    /** Unpacks {@code archive} under {@code folder} and sets ports, users and the demo switch. */
    static Distribution unpack(Path archive, Path folder, int httpPort, int sshPort, int rmiRegistryPort,
            int rmiServerPort, String javaMaxMem, List<String> users) throws IOException, InterruptedException {
        deleteRecursively(folder);
        Files.createDirectories(folder);
        run(folder, List.of("tar", "xzf", archive.toAbsolutePath().toString(), "-C", folder.toString()), null);
        Path home;
        try (Stream<Path> entries = Files.list(folder)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow().toRealPath();
        }
        Distribution d = new Distribution(home, httpPort, javaMaxMem);
        d.set("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(sshPort));
        d.set("etc/org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1");
        d.set("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(rmiRegistryPort));
        d.set("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(rmiServerPort));
        d.set("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        d.set("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.listening.addresses", "127.0.0.1");
        for (String user : users) {
            int eq = user.indexOf('=');
            d.set("etc/users.properties", user.substring(0, eq).trim(), user.substring(eq + 1).trim());
        }
        d.set("etc/users.properties", "_g_\\:admingroup", "group,admin,manager,viewer,systembundles,ssh");
        // the benchmark's data set replaces everything; the demo data would only cost time
        Files.writeString(home.resolve("etc/org.accountsuccess.demo.cfg"), "load = false\n");
        return d;
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

    void start() throws IOException, InterruptedException {
        int rc = run(home, List.of("bin/start"), javaMaxMem);
        if (rc != 0) {
            throw new IllegalStateException("bin/start exited with " + rc);
        }
    }

    void stop() throws IOException, InterruptedException {
        run(home, List.of("bin/stop"), javaMaxMem);
        Optional<ProcessHandle> karaf = process();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (karaf.isPresent() && karaf.get().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        if (karaf.isPresent() && karaf.get().isAlive()) {
            karaf.get().destroyForcibly();
        }
    }

    /**
     * Runs a command of the distribution, such as {@code bin/client ... -b}, with {@code input} on its standard
     * input, and returns its output and exit value.
     */
    String[] client(String input, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("as-bench-client-", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process p = builder.start();
            try (var stdin = p.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(60, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(List.of(command) + " did not finish");
            }
            return new String[] {Files.readString(out), Integer.toString(p.exitValue())};
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** The Karaf JVM: the process whose command line names this home. */
    Optional<ProcessHandle> process() {
        String marker = "-Dkaraf.home=" + home;
        return ProcessHandle.allProcesses().filter(p -> {
            try {
                String cmdline = Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline"))
                        .replace('\0', ' ');
                return cmdline.contains(marker) && cmdline.contains("org.apache.karaf.main.Main");
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }).findFirst();
    }

    /** {@code jcmd <pid> GC.heap_info} (after {@code GC.run} when {@code collectFirst}), plus the resident set size. */
    String heapInfo(boolean collectFirst) throws IOException, InterruptedException {
        Optional<ProcessHandle> karaf = process();
        if (karaf.isEmpty()) {
            return "(Karaf process not found)";
        }
        long pid = karaf.get().pid();
        if (collectFirst) {
            jcmd(pid, "GC.run");
        }
        String out = jcmd(pid, "GC.heap_info");
        String flags = jcmd(pid, "VM.flags");
        java.util.regex.Matcher max = Pattern.compile("-XX:MaxHeapSize=(\\d+)").matcher(flags);
        if (max.find()) {
            out = out.strip() + "\n MaxHeapSize " + Long.parseLong(max.group(1)) / (1024 * 1024) + " MiB";
        }
        String rss = "";
        try {
            rss = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM")).reduce("", (a, b) -> a + b + "\n");
        } catch (IOException e) {
            rss = "(no /proc status)\n";
        }
        return "pid " + pid + "\n" + out.strip() + "\n" + rss.strip();
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** The ERROR lines of data/log/karaf.log and their most frequent causes ("Caused by" lines), for the report. */
    String logErrors() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        if (!Files.exists(log)) {
            return "no karaf.log";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        long errors = lines.stream().filter(l -> l.contains("| ERROR |")).count();
        java.util.Map<String, Long> causes = new java.util.TreeMap<>();
        for (String l : lines) {
            if (l.startsWith("Caused by: ")) {
                causes.merge(l.replaceAll("[0-9]+ms", "Nms").strip(), 1L, Long::sum);
            }
        }
        StringBuilder b = new StringBuilder(errors + " ERROR lines in karaf.log");
        causes.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .forEach(e -> b.append("; ").append(e.getValue()).append(" x `").append(e.getKey()).append('`'));
        return b.toString();
    }

    /** Bytes under {@code data/accountsuccess} (the standalone store's H2 files). */
    long storeSize() throws IOException {
        Path store = home.resolve("data/accountsuccess");
        if (!Files.exists(store)) {
            return -1;
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static int run(Path dir, List<String> command, String javaMaxMem) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (javaMaxMem != null) {
            // Karaf 4.4's unix scripts read JAVA_MAX_MEM no more (only the .bat ones do): without an -Xmx the JVM
            // takes a quarter of the machine. EXTRA_JAVA_OPTS is appended after bin/setenv's JAVA_OPTS, so it wins.
            builder.environment().put("JAVA_MAX_MEM", javaMaxMem);
            builder.environment().put("EXTRA_JAVA_OPTS", "-Xmx" + javaMaxMem);
        }
        Process p = builder.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " did not finish");
        }
        return p.exitValue();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
