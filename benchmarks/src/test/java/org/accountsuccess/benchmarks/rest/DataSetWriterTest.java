package org.accountsuccess.benchmarks.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.accountsuccess.benchmarks.tenant.InMemoryHost;
import org.accountsuccess.benchmarks.tenant.TenantGenerator;
import org.accountsuccess.benchmarks.tenant.TenantSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV writer's output is a data set in the form of data-format.md. */
class DataSetWriterTest {
    /** data-format.md's columns per file; the required ones first, marked with a star. */
    private static final Map<String, List<String>> SPEC = Map.of(
            "accounts.csv", List.of("account_id*", "name*", "owner", "segment", "tier", "industry", "country",
                    "parent_account_id", "currency"),
            "contacts.csv", List.of("contact_id*", "account_id*", "name", "email", "title", "role*", "active"),
            "invitations.csv", List.of("invitation_id*", "survey_id*", "contact_id*", "sent_at*"),
            "responses.csv", List.of("response_id*", "contact_id*", "answered_at*", "score*", "survey_id", "comment",
                    "drivers"),
            "contracts.csv", List.of("contract_id*", "account_id*", "start_date*", "end_date", "mrr*", "currency",
                    "auto_renew", "renewal_of", "product"),
            "activities.csv", List.of("activity_id*", "account_id*", "contact_id", "type*", "occurred_at*",
                    "direction", "subject", "status", "severity"),
            "exchange_rates.csv", List.of("currency*", "rate_to_base*"),
            "users.csv", List.of("user_id*", "name", "roles"));
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Set<String> TYPES = Set.of("support_ticket", "business_review", "meeting", "call", "email",
            "marketing_email", "visit", "other");

    @TempDir
    static Path dir;
    static Map<String, Long> rows;
    static InMemoryHost host;

    @BeforeAll
    static void write() throws Exception {
        host = TenantGenerator.generate(TenantSize.S, TenantGenerator.DEFAULT_SEED);
        rows = DataSetWriter.write(host, dir.resolve("set"));
        DataSetWriter.zip(dir.resolve("set"), dir.resolve("set.zip"));
    }

    private static List<List<String>> read(String file) throws Exception {
        return Files.readAllLines(dir.resolve("set").resolve(file), StandardCharsets.UTF_8).stream()
                .map(DataSetWriter::parseLine).toList();
    }

    @Test
    void everyFileHasDataFormatsColumnsAndEveryRowItsFields() throws Exception {
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(SPEC.keySet());
        for (Map.Entry<String, List<String>> file : SPEC.entrySet()) {
            List<List<String>> lines = read(file.getKey());
            List<String> header = lines.get(0);
            List<String> spec = file.getValue().stream().map(c -> c.replace("*", "")).toList();
            assertThat(header).as(file.getKey()).containsExactlyInAnyOrderElementsOf(spec);
            assertThat(lines).as(file.getKey()).hasSize((int) (rows.get(file.getKey()) + 1));
            for (List<String> line : lines) {
                assertThat(line).as(file.getKey() + " " + line).hasSize(header.size());
            }
            for (String required : file.getValue()) {
                if (required.endsWith("*")) {
                    int column = header.indexOf(required.replace("*", ""));
                    assertThat(lines.subList(1, lines.size())).as(file.getKey() + " " + required)
                            .allMatch(line -> !line.get(column).isEmpty());
                }
            }
        }
        var counts = host.counts();
        assertThat(rows.get("accounts.csv")).isEqualTo(counts.accounts());
        assertThat(rows.get("contacts.csv")).isEqualTo(counts.contacts());
        assertThat(rows.get("responses.csv")).isEqualTo(counts.responses());
        assertThat(rows.get("invitations.csv")).isEqualTo(counts.invitations());
        assertThat(rows.get("contracts.csv")).isEqualTo(counts.contracts());
        assertThat(rows.get("activities.csv")).isEqualTo(counts.activities());
    }

    @Test
    void valuesAreInTheFormatsFormsAndReferencesResolve() throws Exception {
        Set<String> accounts = ids(read("accounts.csv"), "account_id");
        Set<String> contacts = ids(read("contacts.csv"), "contact_id");
        Set<String> contracts = ids(read("contracts.csv"), "contract_id");
        Set<String> users = ids(read("users.csv"), "user_id");
        Set<String> currencies = ids(read("exchange_rates.csv"), "currency");
        for (Map<String, String> a : maps(read("accounts.csv"))) {
            assertThat(a.get("tier")).isIn("1", "2", "3");
            assertThat(a.get("owner").isEmpty() || users.contains(a.get("owner"))).as(a.toString()).isTrue();
            assertThat(a.get("parent_account_id").isEmpty() || accounts.contains(a.get("parent_account_id"))).isTrue();
            assertThat(a.get("currency").isEmpty() || currencies.contains(a.get("currency"))).isTrue();
        }
        for (Map<String, String> c : maps(read("contacts.csv"))) {
            assertThat(accounts).contains(c.get("account_id"));
            assertThat(c.get("role")).isIn("A", "B", "C");
            assertThat(c.get("active")).isIn("true", "false");
        }
        for (Map<String, String> r : maps(read("responses.csv"))) {
            assertThat(contacts).contains(r.get("contact_id"));
            assertThat(Integer.parseInt(r.get("score"))).isBetween(0, 10);
            assertThat(r.get("answered_at")).matches(TIMESTAMP);
        }
        for (Map<String, String> i : maps(read("invitations.csv"))) {
            assertThat(contacts).contains(i.get("contact_id"));
            assertThat(i.get("sent_at")).matches(TIMESTAMP);
        }
        for (Map<String, String> k : maps(read("contracts.csv"))) {
            assertThat(accounts).contains(k.get("account_id"));
            assertThat(k.get("start_date")).matches(DATE);
            assertThat(k.get("end_date").isEmpty() || DATE.matcher(k.get("end_date")).matches()).isTrue();
            assertThat(new java.math.BigDecimal(k.get("mrr"))).isNotNegative();
            assertThat(k.get("renewal_of").isEmpty() || contracts.contains(k.get("renewal_of"))).isTrue();
            assertThat(k.get("auto_renew")).isIn("true", "false");
        }
        for (Map<String, String> x : maps(read("activities.csv"))) {
            assertThat(accounts).contains(x.get("account_id"));
            assertThat(x.get("contact_id").isEmpty() || contacts.contains(x.get("contact_id"))).isTrue();
            assertThat(TYPES).contains(x.get("type"));
            assertThat(x.get("occurred_at")).matches(TIMESTAMP);
            assertThat(x.get("direction")).isIn("", "inbound", "outbound");
            assertThat(x.get("status")).isIn("", "open", "closed");
            assertThat(x.get("severity")).isIn("", "low", "normal", "high", "critical");
        }
        assertThat(maps(read("users.csv"))).allMatch(u -> u.get("roles").equals("rep"));
    }

    @Test
    void oneRepOwnsTwoHundredAccounts() throws Exception {
        long owned = maps(read("accounts.csv")).stream().filter(a -> a.get("owner").equals(DataSetWriter.REP)).count();
        assertThat(owned).isEqualTo(DataSetWriter.REP_ACCOUNTS);
    }

    @Test
    void theZipHoldsEveryFileAtItsRootAndDuckDbReadsEveryRow() throws Exception {
        try (ZipFile zip = new ZipFile(dir.resolve("set.zip").toFile())) {
            Set<String> names = new HashSet<>();
            zip.stream().forEach(e -> names.add(e.getName()));
            assertThat(names).containsExactlyInAnyOrderElementsOf(SPEC.keySet());
        }
        try (DuckDbFigures duck = DuckDbFigures.open(dir.resolve("s.duckdb"))) {
            duck.load(dir.resolve("set"));
            for (String table : List.of("accounts", "contacts", "responses", "invitations", "contracts", "activities")) {
                Number n = (Number) duck.rows("SELECT count(*) FROM " + table).get(0)[0];
                assertThat(n.longValue()).as(table).isEqualTo(rows.get(table + ".csv"));
            }
        }
    }

    private static Set<String> ids(List<List<String>> lines, String column) {
        int i = lines.get(0).indexOf(column);
        Set<String> ids = new HashSet<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            assertThat(ids.add(line.get(i))).as("unique " + column + " " + line.get(i)).isTrue();
        }
        return ids;
    }

    private static List<Map<String, String>> maps(List<List<String>> lines) {
        List<String> header = lines.get(0);
        return lines.subList(1, lines.size()).stream().map(line -> {
            Map<String, String> map = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                map.put(header.get(i), line.get(i));
            }
            return map;
        }).toList();
    }
}
