package org.accountsuccess.benchmarks.rest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.accountsuccess.benchmarks.tenant.InMemoryHost;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.ContractQuery;
import org.accountsuccess.host.spi.ExchangeRateTable;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.host.spi.TimeRange;

/**
 * Writes a generated tenant as a data set in the form of {@code shared/spec/data-format.md}: one
 * CSV file per kind (RFC 4180 quoting, a header row, timestamps in UTC with {@code Z}), read
 * through the host's SPI, so the files hold exactly what the engine sees in the benchmarks.
 *
 * <p>The generator gives one owner per 100 accounts (about 100 each). To have a rep with
 * {@link #REP_ACCOUNTS} accounts, {@link #REP} ({@code u-0}) is written as the owner of its own
 * accounts and then of the first accounts of {@code u-1}, {@code u-2}, ... in row order until it
 * owns 200 (or every owned account of a smaller tenant); {@code users.csv} lists every owner with
 * the role {@code rep}. Owners only matter for filters and a rep's scope: no figure of the whole
 * tenant changes.
 */
public final class DataSetWriter {
    /** The rep who owns the accounts of two generated owners. */
    public static final String REP = "u-0";
    /** How many accounts {@link #REP} owns in the written data set (when the tenant has that many owned accounts). */
    public static final int REP_ACCOUNTS = 200;

    /** The columns of each file, in the order written (data-format.md's names). */
    public static final Map<String, List<String>> COLUMNS = Map.of(
            "accounts.csv", List.of("account_id", "name", "owner", "segment", "tier", "industry", "country",
                    "parent_account_id", "currency"),
            "contacts.csv", List.of("contact_id", "account_id", "name", "email", "title", "role", "active"),
            "invitations.csv", List.of("invitation_id", "survey_id", "contact_id", "sent_at"),
            "responses.csv", List.of("response_id", "contact_id", "answered_at", "score", "survey_id", "comment",
                    "drivers"),
            "contracts.csv", List.of("contract_id", "account_id", "start_date", "end_date", "mrr", "currency",
                    "auto_renew", "renewal_of", "product"),
            "activities.csv", List.of("activity_id", "account_id", "contact_id", "type", "occurred_at", "direction",
                    "subject", "status", "severity"),
            "exchange_rates.csv", List.of("currency", "rate_to_base"),
            "users.csv", List.of("user_id", "name", "roles"));

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final TimeRange ALL_TIME = new TimeRange(null, null);

    private DataSetWriter() {
    }

    /** Writes the tenant's files into {@code folder} (created when absent) and returns the row count per file. */
    public static Map<String, Long> write(InMemoryHost host, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Long> rows = new TreeMap<>();
        TreeSet<String> owners = new TreeSet<>();
        java.util.Set<String> repAccounts = repAccounts(host);
        rows.put("accounts.csv", file(folder, "accounts.csv", out -> host.accounts().forEach(a -> {
            String owner = repAccounts.contains(a.id()) ? REP : a.owner();
            if (a.owner() != null) {
                owners.add(a.owner());
            }
            out.row(a.id(), a.name(), owner, a.segment(), a.tier(), a.industry(), a.country(), a.parentAccountId(),
                    a.currency());
        })));
        rows.put("contacts.csv", file(folder, "contacts.csv", out -> host.allContacts().forEach((Contact c) ->
                out.row(c.id(), c.accountId(), c.name(), c.email(), c.title(), c.role().name(), c.active()))));
        rows.put("invitations.csv", file(folder, "invitations.csv", out ->
                host.invitations(new SurveyQuery(null, ALL_TIME)).forEach((SurveyInvitation i) ->
                        out.row(i.id(), i.surveyId(), i.contactId(), time(i.sentAt())))));
        rows.put("responses.csv", file(folder, "responses.csv", out ->
                host.responses(new SurveyQuery(null, ALL_TIME)).forEach((SurveyResponse r) ->
                        out.row(r.id(), r.contactId(), time(r.answeredAt()), r.score(), r.surveyId(), r.comment(),
                                r.drivers().isEmpty() ? null
                                        : r.drivers().stream().map(Object::toString).collect(Collectors.joining(";"))))));
        rows.put("contracts.csv", file(folder, "contracts.csv", out -> host.contracts(ContractQuery.ALL)
                .forEach((Contract k) -> out.row(k.id(), k.accountId(), k.startDate(), k.endDate(),
                        k.mrr().toPlainString(), k.currency(), k.autoRenew(), k.renewalOf(), k.product()))));
        rows.put("activities.csv", file(folder, "activities.csv", out ->
                host.activities(new ActivityQuery(null, ALL_TIME, java.util.Set.of())).forEach((Activity x) ->
                        out.row(x.id(), x.accountId(), x.contactId(), x.type().code(), time(x.occurredAt()),
                                lower(x.direction()), x.subject(), lower(x.status()), lower(x.severity())))));
        ExchangeRateTable rates = host.table();
        rows.put("exchange_rates.csv", file(folder, "exchange_rates.csv", out -> {
            out.row(rates.baseCurrency(), "1");
            new TreeMap<>(rates.rateToBase()).forEach((currency, rate) -> out.row(currency, rate.toPlainString()));
        }));
        rows.put("users.csv", file(folder, "users.csv", out -> {
            owners.add(REP);
            owners.forEach(u -> out.row(u, "Rep " + u, "rep"));
        }));
        return rows;
    }

    /** The accounts written as owned by {@link #REP}: its own, then those of u-1, u-2, ... in row order, up to 200. */
    static java.util.Set<String> repAccounts(InMemoryHost host) {
        Map<String, List<String>> byOwner = new TreeMap<>(java.util.Comparator
                .comparingInt((String u) -> u.length()).thenComparing(u -> u));
        host.accounts().filter(a -> a.owner() != null)
                .forEach(a -> byOwner.computeIfAbsent(a.owner(), k -> new ArrayList<>()).add(a.id()));
        java.util.Set<String> chosen = new java.util.LinkedHashSet<>(byOwner.getOrDefault(REP, List.of()));
        for (Map.Entry<String, List<String>> owner : byOwner.entrySet()) {
            for (String id : owner.getValue()) {
                if (chosen.size() >= REP_ACCOUNTS) {
                    return chosen;
                }
                chosen.add(id);
            }
        }
        return chosen;
    }

    /** Zips the data set's CSV files (at the zip's root) into {@code zip}. */
    public static void zip(Path folder, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String name : new TreeSet<>(COLUMNS.keySet())) {
                Path csv = folder.resolve(name);
                if (Files.exists(csv)) {
                    out.putNextEntry(new ZipEntry(name));
                    Files.copy(csv, out);
                    out.closeEntry();
                }
            }
        }
    }

    private static String time(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    interface Rows {
        void write(CsvOut out) throws IOException;
    }

    private static long file(Path folder, String name, Rows rows) throws IOException {
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8),
                1 << 16)) {
            CsvOut out = new CsvOut(writer);
            out.row(COLUMNS.get(name).toArray());
            rows.write(out);
            if (out.failure != null) {
                throw out.failure;
            }
            return out.rows - 1;
        }
    }

    /** One CSV file: RFC 4180 quoting, {@code null} as an empty field. */
    static final class CsvOut {
        private final Writer writer;
        private long rows;
        private IOException failure;

        CsvOut(Writer writer) {
            this.writer = writer;
        }

        void row(Object... values) {
            if (failure != null) {
                return;
            }
            try {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        writer.write(',');
                    }
                    writer.write(field(values[i]));
                }
                writer.write("\r\n");
                rows++;
            } catch (IOException e) {
                failure = e;
            }
        }

        static String field(Object value) {
            if (value == null) {
                return "";
            }
            String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            boolean quote = false;
            for (int i = 0; i < text.length() && !quote; i++) {
                char c = text.charAt(i);
                quote = c == ',' || c == '"' || c == '\n' || c == '\r';
            }
            return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
        }
    }

    /** Splits one RFC 4180 line (no embedded line breaks) into fields; for the tests. */
    static List<String> parseLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
