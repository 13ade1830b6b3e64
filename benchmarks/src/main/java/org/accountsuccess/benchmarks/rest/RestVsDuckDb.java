package org.accountsuccess.benchmarks.rest;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.accountsuccess.benchmarks.tenant.InMemoryHost;
import org.accountsuccess.benchmarks.tenant.TenantGenerator;
import org.accountsuccess.benchmarks.tenant.TenantSize;

/**
 * Issue 11's harness: generates a tenant as a CSV data set, imports it into the real distribution,
 * times the REST calls over loopback and, in the same run, DuckDB in-process on the same files
 * computing the same figures, checks that the figures agree, and writes a markdown report.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.accountsuccess.benchmarks.rest.RestVsDuckDb \
 *     --size S --archive karaf-assembly/target/account-success-karaf-0.1.0-SNAPSHOT.tar.gz --out rest-vs-duckdb-S.md
 * </pre>
 *
 * Every option has a default (see {@link Options}); {@code benchmarks/rest-vs-duckdb.sh} builds and runs it.
 */
public final class RestVsDuckDb {
    static final LocalDate AS_OF = TenantGenerator.AS_OF;
    static final LocalDate FROM = AS_OF.minusYears(1).plusDays(1);
    static final String API = "/account-success/api/v1";
    private static final double TOLERANCE = 1e-6;

    /** The command line: {@code --name value} pairs. */
    static final class Options {
        TenantSize size = TenantSize.S;
        long seed = TenantGenerator.DEFAULT_SEED;
        Path archive = Path.of("karaf-assembly/target/account-success-karaf-0.1.0-SNAPSHOT.tar.gz");
        Path work;
        Path out;
        int http = 18681;
        int ssh = 18701;
        int rmiRegistry = 11799;
        int rmiServer = 45144;
        String heap = "2g";
        int warmups = 2;
        int runs = 10;
        int minRuns = 3;
        int scorecardRuns = 200;
        int duckWarmups = 3;
        int duckRuns = 10;
        double budgetSeconds = 60;
        int repPages = 10;
        int clients = 64;
        double concurrencySeconds = 30;
        int rate = 500;
        double rateSeconds = 10;
        String label = "";
        /** {@code auto}: REST when the zip fits the endpoint's 64 MiB, else bin/client; or {@code rest}, {@code client}. */
        String importWith = "auto";
        boolean keep;
        /** Only the data set and DuckDB's side (no distribution): to size a run. */
        boolean duckOnly;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (name.equals("--keep")) {
                    o.keep = true;
                    continue;
                }
                if (name.equals("--duckdb-only")) {
                    o.duckOnly = true;
                    continue;
                }
                String v = args[++i];
                switch (name) {
                    case "--size" -> o.size = TenantSize.valueOf(v.toUpperCase(Locale.ROOT));
                    case "--seed" -> o.seed = Long.parseLong(v);
                    case "--archive" -> o.archive = Path.of(v);
                    case "--work" -> o.work = Path.of(v);
                    case "--out" -> o.out = Path.of(v);
                    case "--http" -> o.http = Integer.parseInt(v);
                    case "--ssh" -> o.ssh = Integer.parseInt(v);
                    case "--rmi-registry" -> o.rmiRegistry = Integer.parseInt(v);
                    case "--rmi-server" -> o.rmiServer = Integer.parseInt(v);
                    case "--heap" -> o.heap = v;
                    case "--warmups" -> o.warmups = Integer.parseInt(v);
                    case "--runs" -> o.runs = Integer.parseInt(v);
                    case "--min-runs" -> o.minRuns = Integer.parseInt(v);
                    case "--scorecard-runs" -> o.scorecardRuns = Integer.parseInt(v);
                    case "--duck-warmups" -> o.duckWarmups = Integer.parseInt(v);
                    case "--duck-runs" -> o.duckRuns = Integer.parseInt(v);
                    case "--budget-seconds" -> o.budgetSeconds = Double.parseDouble(v);
                    case "--rep-pages" -> o.repPages = Integer.parseInt(v);
                    case "--clients" -> o.clients = Integer.parseInt(v);
                    case "--concurrency-seconds" -> o.concurrencySeconds = Double.parseDouble(v);
                    case "--rate" -> o.rate = Integer.parseInt(v);
                    case "--rate-seconds" -> o.rateSeconds = Double.parseDouble(v);
                    case "--label" -> o.label = v;
                    case "--import" -> o.importWith = v;
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            if (o.work == null) {
                o.work = Path.of(System.getProperty("java.io.tmpdir"), "as-rest-vs-duckdb-" + o.size);
            }
            if (o.out == null) {
                o.out = Path.of("rest-vs-duckdb-" + o.size + ".md");
            }
            return o;
        }
    }

    private static final String ADMIN = "bench-admin";
    private static final String PASSWORD = "bench-" + Long.toHexString(System.nanoTime());

    private final Options o;
    private final StringBuilder report = new StringBuilder();
    private final List<String> mismatches = new ArrayList<>();
    private final List<String[]> table = new ArrayList<>();

    private RestVsDuckDb(Options o) {
        this.o = o;
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        int rc = new RestVsDuckDb(o).run();
        System.exit(rc);
    }

    private void log(String line) {
        System.out.println("[" + Instant.now().toString().substring(11, 19) + "] " + line);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "n/a";
        }
    }

    private int run() throws Exception {
        Files.createDirectories(o.work);
        md("# REST against DuckDB, tenant " + o.size + (o.label.isEmpty() ? "" : " (" + o.label + ")"));
        md("");
        md("- started " + Instant.now() + ", load average " + load() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version"));
        md("- as of " + AS_OF + ", the year " + FROM + ".." + AS_OF + "; Karaf heap JAVA_MAX_MEM=" + o.heap);

        // 1. the tenant as a data set
        long t = System.nanoTime();
        InMemoryHost host = TenantGenerator.generate(o.size, o.seed);
        Path dataset = o.work.resolve("dataset");
        Distribution.deleteRecursively(dataset);
        Map<String, Long> rows = DataSetWriter.write(host, dataset);
        Path zip = o.work.resolve("dataset.zip");
        DataSetWriter.zip(dataset, zip);
        log("data set written in " + ms(System.nanoTime() - t) + " ms: " + rows + ", zip " + mib(Files.size(zip)) + " MiB");
        md("- data set (seed " + o.seed + "): " + rows + "; CSV " + mib(folderSize(dataset)) + " MiB, zip "
                + mib(Files.size(zip)) + " MiB");

        // 2. DuckDB's load, the import's yardstick
        Path duckFile = o.work.resolve("yardstick.duckdb");
        Files.deleteIfExists(duckFile);
        Files.deleteIfExists(o.work.resolve("yardstick.duckdb.wal"));
        try (DuckDbFigures duck = DuckDbFigures.open(duckFile)) {
            long duckLoad = duck.load(dataset);
            log("DuckDB loaded the CSV files in " + ms(duckLoad) + " ms, " + mib(duck.fileSize()) + " MiB");

            if (o.duckOnly) {
                duckOnly(duck, duckLoad);
                Files.writeString(o.out, report.toString(), StandardCharsets.UTF_8);
                System.out.println(report);
                return 0;
            }
            // 3. the distribution
            Distribution karaf = Distribution.unpack(o.archive, o.work.resolve("karaf"), o.http, o.ssh, o.rmiRegistry,
                    o.rmiServer, o.heap, List.of(ADMIN + " = " + PASSWORD + ",as-admin,_g_:admingroup",
                            DataSetWriter.REP + " = " + PASSWORD + ",as-rep"));
            log("starting " + karaf.home + " (HTTP " + o.http + ")");
            long bootStart = System.nanoTime();
            karaf.start();
            try {
                Rest admin = new Rest("http://127.0.0.1:" + o.http + API, ADMIN, PASSWORD, Duration.ofSeconds(600), null);
                waitForRest(admin);
                log("REST up after " + ms(System.nanoTime() - bootStart) + " ms");
                long importNanos = importDataSet(karaf, admin, dataset, zip);
                long storeBytes = karaf.storeSize();
                md("");
                md("## Import");
                md("");
                md("| what | time | size |");
                md("|---|---:|---:|");
                md("| product import (" + importHow + ") into the H2 store | " + Samples.ms(importNanos / 1e6) + " ms | "
                        + mib(storeBytes) + " MiB (data/accountsuccess) |");
                md("| DuckDB: CSV into a database file | " + Samples.ms(duckLoad / 1e6) + " ms | " + mib(duck.fileSize())
                        + " MiB |");
                md("| ratio product / DuckDB | " + ratio(importNanos, duckLoad) + " | |");
                md("");
                md("Karaf heap right after the import (`jcmd <pid> GC.heap_info`, VmRSS/VmHWM from /proc), then after "
                        + "`jcmd <pid> GC.run` (what stays live):");
                md("");
                md("```");
                md(karaf.heapInfo(false));
                md("-- after GC.run:");
                md(karaf.heapInfo(true));
                md("```");

                // 4. the figures, each call next to DuckDB
                figures(admin, duck);
                // 5. a rep's portfolio page, concurrency, a fixed rate of scorecards
                repPage(duck);
                concurrentClients(karaf);
                fixedRate(duck);

                md("");
                md("Karaf heap at the end (`jcmd <pid> GC.heap_info`, then after `GC.run`):");
                md("");
                md("```");
                md(karaf.heapInfo(false));
                md("-- after GC.run:");
                md(karaf.heapInfo(true));
                md("```");
            } finally {
                if (!o.keep) {
                    log("stopping Karaf");
                    karaf.stop();
                } else {
                    log("Karaf left running in " + karaf.home);
                }
            }
        }
        md("");
        md("- ended " + Instant.now() + ", load average " + load());
        md("");
        md("## Checks");
        md("");
        if (mismatches.isEmpty()) {
            md("Every figure checked equals DuckDB's.");
        } else {
            md("**" + mismatches.size() + " MISMATCH(ES) between REST and DuckDB:**");
            md("");
            mismatches.stream().limit(200).forEach(m -> md("- " + m));
        }
        String text = report.toString();
        Files.writeString(o.out, text, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(text);
        System.out.println("written to " + o.out.toAbsolutePath());
        if (!mismatches.isEmpty()) {
            System.out.println("!!!!! " + mismatches.size() + " MISMATCH(ES) between REST and DuckDB, see the report !!!!!");
        }
        return mismatches.isEmpty() ? 0 : 2;
    }

    private String importHow = "";

    private void waitForRest(Rest admin) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                Rest.Answer me = admin.get("/me");
                // the import endpoint needs the store: wait until the figures answer too
                if (me.ok() && admin.get("/nps?from=" + FROM + "&to=" + AS_OF).ok()) {
                    return;
                }
                last = me.status() + " " + me.text();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("REST did not come up: " + last);
    }

    /** POST /imports?mode=replace with the zip when it fits the endpoint's 64 MiB, else {@code as:import --replace} via bin/client. */
    private long importDataSet(Distribution karaf, Rest admin, Path dataset, Path zip) throws Exception {
        long start = System.nanoTime();
        boolean rest = o.importWith.equals("rest") || o.importWith.equals("auto") && Files.size(zip) <= 60L << 20;
        if (rest) {
            importHow = "`POST /imports?mode=replace`, " + mib(Files.size(zip)) + " MiB zip";
            log("importing with " + importHow);
            Rest.Answer answer = admin.postZip("/imports?mode=replace", zip);
            if (!answer.ok()) {
                throw new IllegalStateException("import answered " + answer.status() + ": " + answer.text());
            }
            log("import report: " + abbreviate(answer.text(), 400));
        } else {
            importHow = "`as:import --replace` via bin/client";
            log("importing with " + importHow);
            // without a TTY, bin/client reads the commands from its standard input (-b)
            String[] out = karaf.client("as:import --replace " + dataset.toAbsolutePath() + "\n", "bin/client", "-a",
                    Integer.toString(o.ssh), "-h", "127.0.0.1", "-u", ADMIN, "-p", PASSWORD, "-r", "3", "-b");
            if (!out[1].equals("0") || out[0].contains("Error executing command")) {
                throw new IllegalStateException("as:import failed (" + out[1] + "): " + abbreviate(out[0], 4000));
            }
            log("import output (tail): " + abbreviate(out[0].substring(Math.max(0, out[0].length() - 400)), 400));
        }
        long nanos = System.nanoTime() - start;
        log("import took " + ms(nanos) + " ms");
        return nanos;
    }

    // The figures

    private interface Call {
        Rest.Answer call(int i) throws Exception;
    }

    private interface Query {
        void run(int i) throws Exception;
    }

    /** Warm-up (within the time budget), then up to {@code runs} samples within the time budget (at least {@code minRuns}). */
    private Samples timeRest(String name, int runs, Call call, Samples server) throws Exception {
        long warm = System.nanoTime() + (long) (o.budgetSeconds * 1e9);
        for (int i = 0; i < o.warmups && (i == 0 || System.nanoTime() < warm); i++) {
            Rest.Answer a = call.call(i);
            if (!a.ok()) {
                mismatch(name, "warm-up answered " + a.status() + ": " + abbreviate(a.text(), 300));
            }
        }
        Samples samples = new Samples();
        long deadline = System.nanoTime() + (long) (o.budgetSeconds * 1e9);
        for (int i = 0; i < runs && (i < o.minRuns || System.nanoTime() < deadline); i++) {
            Rest.Answer a = call.call(o.warmups + i);
            if (!a.ok()) {
                mismatch(name, "answered " + a.status() + ": " + abbreviate(a.text(), 300));
            }
            samples.add(a.nanos());
            if (a.serverMillis() != null) {
                server.add((long) (a.serverMillis() * 1e6));
            }
        }
        return samples;
    }

    private Samples timeDuck(int runs, Query query) throws Exception {
        for (int i = 0; i < o.duckWarmups; i++) {
            query.run(i);
        }
        Samples samples = new Samples();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.run(o.duckWarmups + i);
            samples.add(System.nanoTime() - start);
        }
        return samples;
    }

    private void row(String name, Samples rest, Samples server, Samples duck, String check) {
        table.add(new String[] {name, Samples.ms(rest.median()), Samples.ms(rest.p90()), Samples.ms(rest.p99()),
                Integer.toString(rest.size()), server.size() == 0 ? "n/a" : Samples.ms(server.median()),
                Samples.ms(duck.median()), ratioMillis(rest.median(), duck.median()), check});
        log(String.format(Locale.ROOT, "%-45s REST median %s p90 %s p99 %s (n=%d) | DuckDB median %s | ratio %s | %s",
                name, Samples.ms(rest.median()), Samples.ms(rest.p90()), Samples.ms(rest.p99()), rest.size(),
                Samples.ms(duck.median()), ratioMillis(rest.median(), duck.median()), check));
    }

    private void figures(Rest admin, DuckDbFigures duck) throws Exception {
        int before = mismatches.size();
        String year = "from=" + FROM + "&to=" + AS_OF;
        Map<String, DuckDbFigures.AccountRow> accounts = duck.accounts(AS_OF);

        // survey NPS for a year
        DuckDbFigures.Nps nps = duck.surveyNps(FROM, AS_OF);
        before = mismatches.size();
        checkNps("survey NPS", admin.get("/nps?" + year).json(), nps);
        Samples server = new Samples();
        Samples rest = timeRest("survey NPS", o.runs, i -> admin.get("/nps?" + year), server);
        Samples d = timeDuck(o.duckRuns, i -> duck.rows(DuckDbFigures.surveyNpsSql(FROM, AS_OF)));
        row("survey NPS, a year (`/nps`)", rest, server, d, checked(before));

        // the account list sorted by account NPS
        before = mismatches.size();
        String listPath = "/accounts?asOf=" + AS_OF + "&sort=-accountNps&limit=50";
        JsonNode page = admin.get(listPath).json();
        checkNpsPage(page, accounts, duck.accountNpsList(AS_OF, 50));
        server = new Samples();
        rest = timeRest("account list by NPS", o.runs, i -> admin.get(listPath), server);
        d = timeDuck(o.duckRuns, i -> duck.rows(DuckDbFigures.accountNpsListSql(AS_OF, 50)));
        row("account list sorted by account NPS, first 50 (`" + "/accounts?sort=-accountNps&limit=50`)", rest, server,
                d, checked(before));

        // one account's scorecard, cycling over accounts spread over the tenant
        List<String> ids = new ArrayList<>(accounts.keySet());
        List<String> cycle = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            cycle.add(ids.get((int) ((long) i * 7919 % ids.size())));
        }
        before = mismatches.size();
        for (int i = 0; i < 20; i++) {
            String id = cycle.get(i);
            checkScorecard(id, admin.get("/accounts/" + id + "/scorecard?asOf=" + AS_OF).json(), duck.account(id, AS_OF));
        }
        server = new Samples();
        rest = timeRest("scorecard", o.scorecardRuns,
                i -> admin.get("/accounts/" + cycle.get(i % cycle.size()) + "/scorecard?asOf=" + AS_OF), server);
        d = timeDuck(Math.max(o.duckRuns, 50), i -> duck.rows(DuckDbFigures.accountSql(cycle.get(i % cycle.size()), AS_OF)));
        row("one account's scorecard (`/accounts/{id}/scorecard`)", rest, server, d, checked(before));
        scorecardServer = server;

        // retention for a year
        before = mismatches.size();
        checkRetention(admin.get("/retention?" + year).json(), duck.retention(FROM, AS_OF));
        server = new Samples();
        rest = timeRest("retention", o.runs, i -> admin.get("/retention?" + year), server);
        d = timeDuck(o.duckRuns, i -> duck.rows(DuckDbFigures.retentionSql(FROM, AS_OF)));
        row("retention, a year (`/retention`)", rest, server, d, checked(before));

        // renewals for a year
        before = mismatches.size();
        checkRenewals(admin.get("/renewals?" + year).json(), duck.renewals(FROM, AS_OF));
        server = new Samples();
        rest = timeRest("renewals", o.runs, i -> admin.get("/renewals?" + year), server);
        d = timeDuck(o.duckRuns, i -> duck.rows(DuckDbFigures.renewalsSql(FROM, AS_OF)));
        row("renewals, a year (`/renewals`)", rest, server, d, checked(before));

        // gap and over-contact flags of every account: /flags in pages of 20,000 (checked, with every
        // account's NPS, against the account list too)
        before = mismatches.size();
        checkAllAccounts(allAccounts(admin), accounts);
        checkAllAccounts(allFlags(admin), accounts);
        server = new Samples();
        Samples flags = new Samples();
        long warm = System.nanoTime() + (long) (o.budgetSeconds * 1e9);
        for (int i = 1; i < o.warmups && System.nanoTime() < warm; i++) {
            allFlags(admin); // the check's call above was the first warm-up
        }
        long deadline = System.nanoTime() + (long) (o.budgetSeconds * 1e9);
        for (int i = 0; i < o.runs && (i < o.minRuns || System.nanoTime() < deadline); i++) {
            long start = System.nanoTime();
            allFlags(admin);
            flags.add(System.nanoTime() - start);
        }
        d = timeDuck(o.duckRuns, i -> duck.rows(DuckDbFigures.flagsSql(AS_OF)));
        row("gap and over-contact flags, every account (`/flags?limit=20000`)", flags, server, d,
                checked(before));

        md("");
        md("## Figures: REST (loopback, one client) against DuckDB (in-process, same CSV files)");
        md("");
        md("REST: " + o.warmups + " warm-up calls, then up to " + o.runs + " timed calls (" + o.scorecardRuns
                + " for the scorecard, cycling over 256 accounts) within " + (int) o.budgetSeconds
                + " s per call, at least " + o.minRuns + ". DuckDB: " + o.duckWarmups + " warm-ups, then the median of " + o.duckRuns
                + " runs (50 for one account). Times in ms. *Server* is the `Server-Timing` header's time when the "
                + "product sends one. *Ratio* is REST median / DuckDB median (target: at most 1 for the portfolio figures).");
        md("");
        md("| call | REST median | p90 | p99 | n | server | DuckDB median | ratio | figures |");
        md("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (String[] r : table) {
            md("| " + String.join(" | ", r) + " |");
        }
    }

    private Samples scorecardServer = new Samples();

    /** DuckDB's side alone: the load and each figure's median, no distribution. */
    private void duckOnly(DuckDbFigures duck, long duckLoad) throws Exception {
        List<String> ids = new ArrayList<>(duck.accounts(AS_OF).keySet());
        String[][] calls = {
                {"survey NPS, a year", DuckDbFigures.surveyNpsSql(FROM, AS_OF)},
                {"account list sorted by account NPS, first 50", DuckDbFigures.accountNpsListSql(AS_OF, 50)},
                {"retention, a year", DuckDbFigures.retentionSql(FROM, AS_OF)},
                {"renewals, a year", DuckDbFigures.renewalsSql(FROM, AS_OF)},
                {"gap and over-contact flags, every account", DuckDbFigures.flagsSql(AS_OF)}};
        md("");
        md("## DuckDB only (no distribution)");
        md("");
        md("Load of the CSV files: " + Samples.ms(duckLoad / 1e6) + " ms, " + mib(duck.fileSize()) + " MiB.");
        md("");
        md("| call | DuckDB median | max |");
        md("|---|---:|---:|");
        for (String[] call : calls) {
            Samples d = timeDuck(o.duckRuns, i -> duck.rows(call[1]));
            md("| " + call[0] + " | " + Samples.ms(d.median()) + " | " + Samples.ms(d.max()) + " |");
        }
        Samples one = timeDuck(Math.max(o.duckRuns, 50),
                i -> duck.rows(DuckDbFigures.accountSql(ids.get((int) ((long) i * 7919 % ids.size())), AS_OF)));
        md("| one account's figures | " + Samples.ms(one.median()) + " | " + Samples.ms(one.max()) + " |");
    }

    private String checked(int before) {
        int n = mismatches.size() - before;
        return n == 0 ? "equal" : "**" + n + " MISMATCH(ES)**";
    }

    private List<JsonNode> allAccounts(Rest admin) throws Exception {
        return allPages(admin, "/accounts?asOf=" + AS_OF, 500);
    }

    /** Every account's flags: GET /flags, pages of 20,000 (one call up to tenant M). */
    private List<JsonNode> allFlags(Rest admin) throws Exception {
        return allPages(admin, "/flags?asOf=" + AS_OF, 20_000);
    }

    private List<JsonNode> allPages(Rest admin, String call, int limit) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        int offset = 0;
        while (true) {
            Rest.Answer a = admin.get(call + "&limit=" + limit + "&offset=" + offset);
            if (!a.ok()) {
                throw new IllegalStateException(call + " answered " + a.status() + ": " + abbreviate(a.text(), 300));
            }
            JsonNode page = a.json();
            page.get("items").forEach(items::add);
            offset += limit;
            if (offset >= page.get("total").asInt()) {
                return items;
            }
        }
    }

    // Comparisons

    private void mismatch(String call, String what) {
        String m = call + ": " + what;
        mismatches.add(m);
        System.out.println("!!!!! MISMATCH " + m);
    }

    private void same(String call, String what, JsonNode rest, Number duck) {
        Double r = rest == null || rest.isNull() || rest.isMissingNode() ? null : rest.asDouble();
        Double d = duck == null ? null : duck.doubleValue();
        if (r == null && d == null) {
            return;
        }
        if (r == null || d == null || Math.abs(r - d) > TOLERANCE * Math.max(1, Math.abs(d))) {
            mismatch(call, what + ": REST " + r + ", DuckDB " + d);
        }
    }

    private void same(String call, String what, boolean rest, boolean duck) {
        if (rest != duck) {
            mismatch(call, what + ": REST " + rest + ", DuckDB " + duck);
        }
    }

    private void checkNps(String call, JsonNode r, DuckDbFigures.Nps d) {
        same(call, "value", r.get("value"), d.value());
        same(call, "n", r.get("n"), d.n());
        same(call, "promoters", r.get("promoters"), d.promoters());
        same(call, "passives", r.get("passives"), d.passives());
        same(call, "detractors", r.get("detractors"), d.detractors());
    }

    private void checkNpsPage(JsonNode page, Map<String, DuckDbFigures.AccountRow> accounts, List<Object[]> top) {
        String call = "account list by NPS";
        same(call, "total", page.get("total"), accounts.size());
        List<Double> restValues = new ArrayList<>();
        for (JsonNode item : page.get("items")) {
            String id = item.get("id").asText();
            DuckDbFigures.AccountRow row = accounts.get(id);
            if (row == null) {
                mismatch(call, "account " + id + " unknown to DuckDB");
                continue;
            }
            same(call, id + " accountNps", item.get("accountNps"), row.accountNps());
            restValues.add(item.get("accountNps").isNull() ? null : item.get("accountNps").asDouble());
        }
        for (int i = 0; i < Math.min(restValues.size(), top.size()); i++) {
            Object v = top.get(i)[1];
            Double dv = v == null ? null : ((Number) v).doubleValue();
            Double rv = restValues.get(i);
            if (!(rv == null && dv == null) && (rv == null || dv == null || Math.abs(rv - dv) > TOLERANCE * Math.max(1, Math.abs(dv)))) {
                mismatch(call, "position " + (i + 1) + ": REST accountNps " + rv + ", DuckDB's sorted list " + dv);
                break;
            }
        }
    }

    private void checkScorecard(String id, JsonNode r, DuckDbFigures.AccountFigures d) {
        String call = "scorecard " + id;
        same(call, "mrr", r.get("mrr"), d.mrr());
        same(call, "arr", r.get("arr"), d.arr());
        JsonNode loyalty = r.path("loyalty");
        same(call, "loyalty.accountNps", loyalty.get("accountNps"), d.accountNps());
        JsonNode contacts = loyalty.path("contacts");
        same(call, "loyalty.contacts.n", contacts.get("n"), d.contacts().n());
        same(call, "loyalty.contacts.promoters", contacts.get("promoters"), d.contacts().promoters());
        same(call, "loyalty.contacts.detractors", contacts.get("detractors"), d.contacts().detractors());
        same(call, "loyalty.contacts.value", contacts.get("value"), d.contacts().value());
        same(call, "communicationGap.flagged", r.path("communicationGap").path("flagged").asBoolean(), d.gap());
        same(call, "communicationGap.daysSince", r.path("communicationGap").get("daysSince"), d.daysSinceTouch());
        same(call, "overContact.marketingEmails", r.path("overContact").get("marketingEmails"), d.marketingEmails());
        same(call, "overContact.flagged", r.path("overContact").path("flagged").asBoolean(), d.overContact());
    }

    private void checkRetention(JsonNode r, DuckDbFigures.Retention d) {
        String call = "retention";
        same(call, "cohort", r.get("cohort"), d.cohort());
        same(call, "retainedLogos", r.get("retainedLogos"), d.retainedLogos());
        same(call, "startMrr", r.get("startMrr"), d.startMrr());
        same(call, "endMrr", r.get("endMrr"), d.endMrr());
        same(call, "expansion", r.get("expansion"), d.expansion());
        same(call, "contraction", r.get("contraction"), d.contraction());
        same(call, "churned", r.get("churned"), d.churned());
        same(call, "newMrr", r.get("newMrr"), d.newMrr());
        same(call, "reactivationMrr", r.get("reactivationMrr"), d.reactivationMrr());
        same(call, "quickRatio", r.get("quickRatio"), d.quickRatio());
        same(call, "grr", r.get("grr"), d.grr());
        same(call, "nrr", r.get("nrr"), d.nrr());
        same(call, "logoRetention", r.get("logoRetention"), d.logoRetention());
    }

    private void checkRenewals(JsonNode r, DuckDbFigures.Renewals d) {
        String call = "renewals";
        same(call, "due", r.get("due"), d.due());
        same(call, "renewed", r.get("renewed"), d.renewed());
        same(call, "dueMrr", r.get("dueMrr"), d.dueMrr());
        same(call, "renewedMrr", r.get("renewedMrr"), d.renewedMrr());
        same(call, "rateCount", r.get("rateCount"), d.rateCount());
        same(call, "rateValue", r.get("rateValue"), d.rateValue());
        same(call, "autoRenewShare", r.get("autoRenewShare"), d.autoRenewShare());
    }

    private void checkAllAccounts(List<JsonNode> items, Map<String, DuckDbFigures.AccountRow> accounts) {
        String call = "flags of every account";
        if (items.size() != accounts.size()) {
            mismatch(call, "REST lists " + items.size() + " accounts, DuckDB " + accounts.size());
        }
        int shown = 0;
        for (JsonNode item : items) {
            String id = item.get("id").asText();
            DuckDbFigures.AccountRow d = accounts.get(id);
            if (d == null) {
                mismatch(call, id + " unknown to DuckDB");
                continue;
            }
            List<String> flags = new ArrayList<>();
            item.get("flags").forEach(f -> flags.add(f.asText()));
            int before = mismatches.size();
            same(call, id + " gap", flags.contains("gap"), d.gap());
            same(call, id + " over-contact", flags.contains("over-contact"), d.overContact());
            if (item.has("accountNps")) { // the account list's rows; /flags has only the flags
                same(call, id + " accountNps", item.get("accountNps"), d.accountNps());
            }
            if (mismatches.size() > before && ++shown > 50) {
                mismatch(call, "(more mismatches not checked)");
                return;
            }
        }
    }

    // A rep's portfolio page

    /** The calls the web page's portfolio view makes (bundles/web portfolio.js), as of {@code asOf}. */
    static List<String> portfolioPage(LocalDate asOf) {
        List<String> calls = new ArrayList<>();
        calls.add("/me");
        // riskiest first: sorted by figures, so every account's scorecard, not only the page's
        calls.add("/accounts?sort=risk&offset=0&asOf=" + asOf + "&limit=25");
        calls.add("/nps/series?to=" + asOf + "&months=12&windowDays=90");
        calls.add("/nps/compare?from=" + asOf.minusDays(89) + "&to=" + asOf);
        LocalDate from = asOf.plusDays(1).minusMonths(12);
        calls.add("/retention?from=" + from + "&to=" + asOf);
        calls.add("/renewals?from=" + from + "&to=" + asOf);
        return calls;
    }

    /** One page load as a browser makes it: every call at once, at most {@code connections} in flight; returns the errors. */
    private static int pageLoad(Rest rest, List<String> calls, int connections, Map<String, AtomicLong> errors)
            throws InterruptedException {
        Semaphore slots = new Semaphore(connections);
        CountDownLatch done = new CountDownLatch(calls.size());
        AtomicLong failed = new AtomicLong();
        for (String call : calls) {
            slots.acquire();
            rest.getAsync(call).whenComplete((HttpResponse<byte[]> response, Throwable error) -> {
                String kind = error != null ? errorKind(error)
                        : response.statusCode() / 100 != 2 ? "HTTP " + response.statusCode() : null;
                if (kind != null) {
                    failed.incrementAndGet();
                    if (errors != null) {
                        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                    }
                }
                slots.release();
                done.countDown();
            });
        }
        done.await();
        return (int) failed.get();
    }

    private void repPage(DuckDbFigures duck) throws Exception {
        List<String> calls = portfolioPage(AS_OF);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Rest rep = new Rest("http://127.0.0.1:" + o.http + API, DataSetWriter.REP, PASSWORD, Duration.ofSeconds(120),
                    pool);
            JsonNode list = rep.get("/accounts?limit=1").json();
            int repAccounts = list.get("total").asInt();
            // the rep's year NPS against DuckDB over the rep's accounts
            int before = mismatches.size();
            List<Object[]> repNps = duck.rows("SELECT count(*), count(*) FILTER (WHERE score >= 9), count(*) FILTER "
                    + "(WHERE score <= 6) FROM responses r JOIN contacts c ON c.contact_id = r.contact_id JOIN accounts a "
                    + "ON a.account_id = c.account_id WHERE a.owner = '" + DataSetWriter.REP + "' AND "
                    + "CAST(r.answered_at AS DATE) BETWEEN DATE '" + FROM + "' AND DATE '" + AS_OF + "'");
            JsonNode restNps = rep.get("/nps?from=" + FROM + "&to=" + AS_OF).json();
            same("rep's survey NPS", "n", restNps.get("n"), (Number) repNps.get(0)[0]);
            same("rep's survey NPS", "promoters", restNps.get("promoters"), (Number) repNps.get(0)[1]);
            same("rep's survey NPS", "detractors", restNps.get("detractors"), (Number) repNps.get(0)[2]);
            long duckAccounts = ((Number) duck.rows("SELECT count(*) FROM accounts WHERE owner = '" + DataSetWriter.REP
                    + "'").get(0)[0]).longValue();
            same("rep's accounts", "total", list.get("total"), duckAccounts);
            Samples page = new Samples();
            Samples sequential = new Samples();
            int errors = 0;
            for (int i = 0; i < o.warmups; i++) {
                errors += pageLoad(rep, calls, 6, null);
            }
            for (int i = 0; i < o.repPages; i++) {
                long start = System.nanoTime();
                errors += pageLoad(rep, calls, 6, null);
                page.add(System.nanoTime() - start);
            }
            for (int i = 0; i < Math.min(3, o.repPages); i++) {
                long start = System.nanoTime();
                for (String call : calls) {
                    if (!rep.get(call).ok()) {
                        errors++;
                    }
                }
                sequential.add(System.nanoTime() - start);
            }
            md("");
            md("## A rep's portfolio page");
            md("");
            md("Rep `" + DataSetWriter.REP + "` (role rep, owns " + repAccounts + " accounts), the " + calls.size()
                    + " calls of the portfolio view (`/me`, `/accounts` page of 25 riskiest first, one `/nps/series` of 12 trailing 90-day points,"
                    + " `/nps/compare` of the last 90 days, "
                    + "`/retention`, `/renewals`), as the browser makes them (all at once, 6 connections): median "
                    + Samples.ms(page.median()) + " ms, p90 " + Samples.ms(page.p90()) + " ms, max "
                    + Samples.ms(page.max()) + " ms over " + page.size() + " page loads; one call after the other: "
                    + Samples.ms(sequential.median()) + " ms; errors " + errors + "; figures " + checked(before)
                    + ". Target: under 100 ms together.");
            log("rep page (" + repAccounts + " accounts): median " + Samples.ms(page.median()) + " ms, sequential "
                    + Samples.ms(sequential.median()) + " ms, errors " + errors);
        } finally {
            pool.shutdownNow();
        }
    }

    // Concurrent clients

    private void concurrentClients(Distribution karaf) throws Exception {
        List<String> calls = portfolioPage(AS_OF);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        ExecutorService users = Executors.newFixedThreadPool(o.clients);
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        Samples pages = new Samples();
        AtomicLong requests = new AtomicLong();
        try {
            Rest admin = new Rest("http://127.0.0.1:" + o.http + API, ADMIN, PASSWORD, Duration.ofSeconds(60), pool);
            long deadline = System.nanoTime() + (long) (o.concurrencySeconds * 1e9);
            long start = System.nanoTime();
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int c = 0; c < o.clients; c++) {
                all.add(CompletableFuture.runAsync(() -> {
                    do {
                        long t = System.nanoTime();
                        try {
                            pageLoad(admin, calls, 6, errors);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        requests.addAndGet(calls.size());
                        pages.add(System.nanoTime() - t);
                    } while (System.nanoTime() < deadline);
                }, users));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.MINUTES);
            long wall = System.nanoTime() - start;
            long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
            md("");
            md("## " + o.clients + " concurrent clients on the portfolio page");
            md("");
            md(o.clients + " clients (user with role admin), each loading the portfolio page (" + calls.size()
                    + " calls, 6 at a time) again and again for " + (int) o.concurrencySeconds
                    + " s (a load started before the end is finished), request time-out 60 s: " + pages.size()
                    + " page loads, " + requests.get() + " requests in " + Samples.ms(wall / 1e6) + " ms; page load median "
                    + Samples.ms(pages.median()) + " ms, p90 " + Samples.ms(pages.p90()) + " ms, p99 "
                    + Samples.ms(pages.p99()) + " ms; **errors " + errorCount + "**" + (errors.isEmpty() ? "" : " " + new TreeMap<>(errors))
                    + ". Target: 0 errors. After it: " + karaf.logErrors() + ".");
            log(o.clients + " clients: " + pages.size() + " page loads, median " + Samples.ms(pages.median()) + " ms, errors "
                    + errorCount + " " + errors);
        } finally {
            users.shutdownNow();
            pool.shutdownNow();
        }
    }

    // A fixed rate of scorecards

    private void fixedRate(DuckDbFigures duck) throws Exception {
        List<String> ids = new ArrayList<>(duck.accounts(AS_OF).keySet());
        int total = (int) (o.rate * o.rateSeconds);
        long period = (long) (1e9 / o.rate);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        Samples latency = new Samples();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        try {
            Rest admin = new Rest("http://127.0.0.1:" + o.http + API, ADMIN, PASSWORD, Duration.ofSeconds(30), pool);
            // warm the connections and the code path
            for (int i = 0; i < 200; i++) {
                admin.get("/accounts/" + ids.get(i % ids.size()) + "/scorecard?asOf=" + AS_OF);
            }
            CountDownLatch done = new CountDownLatch(total);
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long intended = start + i * period;
                long wait = intended - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                String id = ids.get((int) ((long) i * 7919 % ids.size()));
                admin.getAsync("/accounts/" + id + "/scorecard?asOf=" + AS_OF).whenComplete((response, error) -> {
                    // from the intended send time: a late send counts against the server (no coordinated omission)
                    latency.add(System.nanoTime() - intended);
                    String kind = error != null ? errorKind(error)
                            : response.statusCode() / 100 != 2 ? "HTTP " + response.statusCode() : null;
                    if (kind != null) {
                        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                    }
                    done.countDown();
                });
            }
            long sent = System.nanoTime() - start;
            done.await(5, TimeUnit.MINUTES);
            long wall = System.nanoTime() - start;
            long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
            md("");
            md("## Scorecards at a fixed rate");
            md("");
            md(total + " scorecard requests (`/accounts/{id}/scorecard`, cycling over the accounts) scheduled at " + o.rate
                    + " req/s for " + o.rateSeconds + " s (open loop; latency from the scheduled send time), sent in "
                    + Samples.ms(sent / 1e6) + " ms, all answered after " + Samples.ms(wall / 1e6) + " ms: median "
                    + Samples.ms(latency.median()) + " ms, p90 " + Samples.ms(latency.p90()) + " ms, **p99 "
                    + Samples.ms(latency.p99()) + " ms**, max " + Samples.ms(latency.max()) + " ms; errors " + errorCount
                    + (errors.isEmpty() ? "" : " " + new TreeMap<>(errors)) + "; server time "
                    + (scorecardServer.size() == 0 ? "n/a (no Server-Timing header)"
                            : "median " + Samples.ms(scorecardServer.median()) + " ms (single client)")
                    + ". Target: p99 under 20 ms, server time under 1 ms.");
            log("fixed rate: p99 " + Samples.ms(latency.p99()) + " ms, median " + Samples.ms(latency.median()) + " ms, errors "
                    + errorCount);
        } finally {
            pool.shutdownNow();
        }
    }

    // Helpers

    private static String errorKind(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.util.concurrent.ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    private void md(String line) {
        report.append(line).append('\n');
    }

    private static String ms(long nanos) {
        return Long.toString(nanos / 1_000_000);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
    }

    private static String ratio(long a, long b) {
        return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", (double) a / b);
    }

    private static String ratioMillis(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
            return "n/a";
        }
        double r = a / b;
        return r >= 10 ? String.format(Locale.ROOT, "%,.0f", r) : String.format(Locale.ROOT, "%.2f", r);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }

    private static long folderSize(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
