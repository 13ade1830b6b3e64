package org.accountsuccess.benchmarks.rest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The yardstick of issue 11: the product's figures computed with SQL by DuckDB in-process, over the
 * CSV files of a data set, per {@code shared/spec/metrics.md}. Benchmark-only (DuckDB never ships).
 *
 * <p>{@link #load} copies the CSV files into tables of a DuckDB database file (the yardstick for
 * the product's import); every figure is then one SQL statement over those tables, computed afresh
 * on every call (no materialised intermediate results).
 */
public final class DuckDbFigures implements AutoCloseable {
    /** Survey-level NPS over a window: every valid response counted. */
    public record Nps(long n, long promoters, long passives, long detractors, Double value) {
    }

    /** One account's role-weighted NPS (null without a counted response) and its two communication flags. */
    public record AccountRow(String id, Double accountNps, boolean gap, boolean overContact) {
    }

    /** One account's scorecard figures. */
    public record AccountFigures(String id, double mrr, double arr, Double accountNps, Nps contacts, boolean gap,
            Long daysSinceTouch, long marketingEmails, boolean overContact) {
    }

    /** Retention over a period, metrics.md section 2 (with the early-renewal and reactivation clarifications). */
    public record Retention(long cohort, long retainedLogos, double startMrr, double endMrr, double expansion,
            double contraction, double churned, double newMrr, double reactivationMrr, Double grr, Double nrr,
            Double logoRetention, Double quickRatio) {
    }

    /** Renewal rates over a period. */
    public record Renewals(long due, long renewed, double dueMrr, double renewedMrr, Double rateCount,
            Double rateValue, Double autoRenewShare) {
    }

    /** Defaults of metrics.md: gap limits per tier, over-contact window and threshold, the NPS lookback. */
    static final int LOOKBACK_DAYS = 365;
    static final int OVER_CONTACT_DAYS = 30;
    static final int OVER_CONTACT_THRESHOLD = 8;

    private static final String[][] TABLES = {
            {"accounts", "account_id VARCHAR, name VARCHAR, owner VARCHAR, segment VARCHAR, tier INTEGER, "
                    + "industry VARCHAR, country VARCHAR, parent_account_id VARCHAR, currency VARCHAR", "*"},
            {"contacts", "contact_id VARCHAR, account_id VARCHAR, name VARCHAR, email VARCHAR, title VARCHAR, "
                    + "role VARCHAR, active BOOLEAN", "*"},
            {"invitations", "invitation_id VARCHAR, survey_id VARCHAR, contact_id VARCHAR, sent_at VARCHAR",
                    "invitation_id, survey_id, contact_id, CAST(left(sent_at, 19) AS TIMESTAMP) AS sent_at"},
            {"responses", "response_id VARCHAR, contact_id VARCHAR, answered_at VARCHAR, score INTEGER, "
                    + "survey_id VARCHAR, comment VARCHAR, drivers VARCHAR",
                    "response_id, contact_id, CAST(left(answered_at, 19) AS TIMESTAMP) AS answered_at, score, "
                            + "survey_id, comment, drivers"},
            {"contracts", "contract_id VARCHAR, account_id VARCHAR, start_date DATE, end_date DATE, "
                    + "mrr DECIMAL(18,2), currency VARCHAR, auto_renew BOOLEAN, renewal_of VARCHAR, product VARCHAR", "*"},
            {"activities", "activity_id VARCHAR, account_id VARCHAR, contact_id VARCHAR, type VARCHAR, "
                    + "occurred_at VARCHAR, direction VARCHAR, subject VARCHAR, status VARCHAR, severity VARCHAR",
                    "activity_id, account_id, contact_id, type, CAST(left(occurred_at, 19) AS TIMESTAMP) AS occurred_at, "
                            + "direction, subject, status, severity"},
            {"exchange_rates", "currency VARCHAR, rate_to_base DECIMAL(18,6)", "*"},
    };

    private final Connection connection;
    private final Path database;

    private DuckDbFigures(Connection connection, Path database) {
        this.connection = connection;
        this.database = database;
    }

    /** Opens (creating) a DuckDB database file. */
    public static DuckDbFigures open(Path database) throws SQLException {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new SQLException("DuckDB JDBC driver missing", e);
        }
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath());
        return new DuckDbFigures(connection, database);
    }

    /** Loads the data set's CSV files into tables (replacing earlier ones) and checkpoints; returns the nanoseconds taken. */
    public long load(Path folder) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            for (String[] table : TABLES) {
                Path csv = folder.resolve(table[0] + ".csv");
                String columns = table[1].replaceAll("(\\w+) (VARCHAR|INTEGER|BOOLEAN|DATE|DECIMAL\\(18,\\d\\))",
                        "'$1': '$2'");
                s.execute("CREATE OR REPLACE TABLE " + table[0] + " AS SELECT " + table[2] + " FROM read_csv('"
                        + csv.toAbsolutePath().toString().replace("'", "''") + "', header = true, delim = ',', "
                        + "quote = '\"', escape = '\"', auto_detect = false, columns = {" + columns + "})");
            }
            s.execute("CHECKPOINT");
        }
        return System.nanoTime() - start;
    }

    /** The database file's size in bytes (after {@link #load}). */
    public long fileSize() throws java.io.IOException {
        return Files.size(database);
    }

    // The SQL

    private static String date(LocalDate day) {
        return "DATE '" + day + "'";
    }

    /** Survey NPS: every valid response answered in {@code [from, to]}. */
    public static String surveyNpsSql(LocalDate from, LocalDate to) {
        return "SELECT count(*) AS n, count(*) FILTER (WHERE score >= 9) AS p, "
                + "count(*) FILTER (WHERE score BETWEEN 7 AND 8) AS pa, count(*) FILTER (WHERE score <= 6) AS d, "
                + "CASE WHEN count(*) = 0 THEN NULL ELSE 100.0 * (count(*) FILTER (WHERE score >= 9) "
                + "- count(*) FILTER (WHERE score <= 6)) / count(*) END AS nps "
                + "FROM responses WHERE score BETWEEN 0 AND 10 AND CAST(answered_at AS DATE) BETWEEN " + date(from)
                + " AND " + date(to);
    }

    /** Each contact's latest response in the lookback ending on {@code asOf}, with its account and role weight. */
    private static String latestSql(LocalDate asOf, String accountCondition) {
        return "SELECT c.account_id, CASE c.role WHEN 'A' THEN 3 WHEN 'B' THEN 2 ELSE 1 END AS w, r.score "
                + "FROM responses r JOIN contacts c ON c.contact_id = r.contact_id "
                + "WHERE r.score BETWEEN 0 AND 10 AND CAST(r.answered_at AS DATE) BETWEEN "
                + date(asOf.minusDays(LOOKBACK_DAYS - 1L)) + " AND " + date(asOf) + accountCondition
                + " QUALIFY row_number() OVER (PARTITION BY r.contact_id ORDER BY r.answered_at DESC, r.response_id DESC) = 1";
    }

    private static final String WEIGHTED_NPS = "100.0 * sum(CASE WHEN score >= 9 THEN w WHEN score <= 6 THEN -w ELSE 0 END) / sum(w)";

    /** Every account with its role-weighted NPS, highest first (accounts without one last), {@code limit} rows or all (0). */
    public static String accountNpsListSql(LocalDate asOf, int limit) {
        return "WITH latest AS (" + latestSql(asOf, "") + "), nps AS (SELECT account_id, " + WEIGHTED_NPS
                + " AS nps FROM latest GROUP BY account_id) "
                + "SELECT a.account_id, n.nps FROM accounts a LEFT JOIN nps n ON n.account_id = a.account_id "
                + "ORDER BY n.nps DESC NULLS LAST, a.account_id" + (limit > 0 ? " LIMIT " + limit : "");
    }

    /** The gap and over-contact flags of every account as of {@code asOf}. */
    public static String flagsSql(LocalDate asOf) {
        return "WITH x AS (SELECT account_id, type, direction, CAST(occurred_at AS DATE) AS day FROM activities "
                + "WHERE CAST(occurred_at AS DATE) <= " + date(asOf) + "), "
                + "f AS (SELECT account_id, max(day) FILTER (WHERE type IN ('business_review', 'meeting', 'call', "
                + "'visit', 'support_ticket')) AS last_touch, count(*) FILTER (WHERE type = 'marketing_email' "
                + "AND coalesce(direction, '') <> 'inbound' AND day > " + date(asOf.minusDays(OVER_CONTACT_DAYS))
                + ") AS mkt FROM x GROUP BY account_id) "
                + "SELECT a.account_id, f.last_touch IS NULL OR " + date(asOf) + " - f.last_touch > "
                + "CASE coalesce(a.tier, 3) WHEN 1 THEN 30 WHEN 2 THEN 60 ELSE 90 END AS gap, "
                + "coalesce(f.mkt, 0) > " + OVER_CONTACT_THRESHOLD + " AS over_contact "
                + "FROM accounts a LEFT JOIN f ON f.account_id = a.account_id ORDER BY a.account_id";
    }

    /** Contracts with their MRR in the base currency and the last day they count (an early renewal supersedes). */
    private static String contractMrrSql(String accountCondition) {
        return "SELECT k.contract_id, k.account_id, k.start_date, k.end_date, k.auto_renew, "
                + "k.mrr * coalesce(er.rate_to_base, 1) AS mrr_base, "
                + "least(coalesce(k.end_date, DATE '9999-12-31'), coalesce(rn.first_start - 1, DATE '9999-12-31')) AS last_day, "
                + "rn.first_start IS NOT NULL AS renewed "
                + "FROM contracts k JOIN accounts a ON a.account_id = k.account_id "
                + "LEFT JOIN exchange_rates er ON er.currency = coalesce(k.currency, a.currency) "
                + "LEFT JOIN (SELECT renewal_of, min(start_date) AS first_start FROM contracts "
                + "WHERE renewal_of IS NOT NULL GROUP BY renewal_of) rn ON rn.renewal_of = k.contract_id"
                + accountCondition;
    }

    private static String mrrOn(LocalDate day) {
        return "sum(CASE WHEN start_date <= " + date(day) + " AND last_day >= " + date(day)
                + " THEN mrr_base ELSE 0 END)";
    }

    /** Retention over {@code [from, to]}. */
    public static String retentionSql(LocalDate from, LocalDate to) {
        return "WITH k AS (" + contractMrrSql("") + "), m AS (SELECT account_id, " + mrrOn(from) + " AS s, "
                + mrrOn(to) + " AS e, bool_or(mrr_base > 0 AND start_date < " + date(from)
                + " AND last_day >= start_date) AS had_before FROM k GROUP BY account_id) "
                + "SELECT count(*) FILTER (WHERE s > 0) AS cohort, count(*) FILTER (WHERE s > 0 AND e > 0) AS retained, "
                + "coalesce(sum(s) FILTER (WHERE s > 0), 0) AS start_mrr, coalesce(sum(e), 0) AS end_mrr, "
                + "coalesce(sum(greatest(e - s, 0)) FILTER (WHERE s > 0), 0) AS expansion, "
                + "coalesce(sum(greatest(s - e, 0)) FILTER (WHERE s > 0 AND e > 0), 0) AS contraction, "
                + "coalesce(sum(s) FILTER (WHERE s > 0 AND e = 0), 0) AS churned, "
                + "coalesce(sum(e) FILTER (WHERE s = 0 AND e > 0 AND NOT had_before), 0) AS new_mrr, "
                + "coalesce(sum(e) FILTER (WHERE s = 0 AND e > 0 AND had_before), 0) AS reactivation_mrr FROM m";
    }

    /** Renewal rates over {@code [from, to]}. */
    public static String renewalsSql(LocalDate from, LocalDate to) {
        return "WITH k AS (" + contractMrrSql(" WHERE k.end_date BETWEEN " + date(from) + " AND " + date(to)) + ") "
                + "SELECT count(*) AS due, count(*) FILTER (WHERE renewed) AS renewed, coalesce(sum(mrr_base), 0) AS due_mrr, "
                + "coalesce(sum(mrr_base) FILTER (WHERE renewed), 0) AS renewed_mrr, "
                + "count(*) FILTER (WHERE renewed AND auto_renew) AS auto_renewed FROM k";
    }

    /** One account's figures as of {@code asOf}, in one statement. */
    public static String accountSql(String accountId, LocalDate asOf) {
        String id = "'" + accountId.replace("'", "''") + "'";
        return "WITH latest AS (" + latestSql(asOf, " AND c.account_id = " + id) + "), "
                + "nps AS (SELECT count(*) AS n, count(*) FILTER (WHERE score >= 9) AS p, "
                + "count(*) FILTER (WHERE score BETWEEN 7 AND 8) AS pa, count(*) FILTER (WHERE score <= 6) AS d, "
                + "CASE WHEN count(*) = 0 THEN NULL ELSE " + WEIGHTED_NPS + " END AS account_nps FROM latest), "
                + "k AS (" + contractMrrSql(" WHERE k.account_id = " + id) + "), "
                + "mrr AS (SELECT coalesce(" + mrrOn(asOf) + ", 0) AS mrr FROM k), "
                + "x AS (SELECT type, direction, CAST(occurred_at AS DATE) AS day FROM activities WHERE account_id = "
                + id + " AND CAST(occurred_at AS DATE) <= " + date(asOf) + "), "
                + "f AS (SELECT max(day) FILTER (WHERE type IN ('business_review', 'meeting', 'call', 'visit', "
                + "'support_ticket')) AS last_touch, count(*) FILTER (WHERE type = 'marketing_email' "
                + "AND coalesce(direction, '') <> 'inbound' AND day > " + date(asOf.minusDays(OVER_CONTACT_DAYS))
                + ") AS mkt FROM x) "
                + "SELECT a.account_id, mrr.mrr, nps.n, nps.p, nps.pa, nps.d, nps.account_nps, "
                + date(asOf) + " - f.last_touch AS days, "
                + "CASE coalesce(a.tier, 3) WHEN 1 THEN 30 WHEN 2 THEN 60 ELSE 90 END AS gap_limit, f.mkt "
                + "FROM accounts a, nps, mrr, f WHERE a.account_id = " + id;
    }

    // Running the SQL

    /** Runs a statement and reads every row and column (so the timing includes producing the answer). */
    public List<Object[]> rows(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            List<Object[]> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    public Nps surveyNps(LocalDate from, LocalDate to) throws SQLException {
        Object[] r = rows(surveyNpsSql(from, to)).get(0);
        return new Nps(num(r[0]).longValue(), num(r[1]).longValue(), num(r[2]).longValue(), num(r[3]).longValue(),
                dbl(r[4]));
    }

    /** Every account's role-weighted NPS and flags, by account id. */
    public Map<String, AccountRow> accounts(LocalDate asOf) throws SQLException {
        Map<String, Double> nps = new LinkedHashMap<>();
        for (Object[] r : rows(accountNpsListSql(asOf, 0))) {
            nps.put((String) r[0], dbl(r[1]));
        }
        Map<String, AccountRow> accounts = new LinkedHashMap<>();
        for (Object[] r : rows(flagsSql(asOf))) {
            String id = (String) r[0];
            accounts.put(id, new AccountRow(id, nps.get(id), (Boolean) r[1], (Boolean) r[2]));
        }
        return accounts;
    }

    /** The first {@code limit} accounts by role-weighted NPS, highest first: id and NPS. */
    public List<Object[]> accountNpsList(LocalDate asOf, int limit) throws SQLException {
        return rows(accountNpsListSql(asOf, limit));
    }

    public AccountFigures account(String accountId, LocalDate asOf) throws SQLException {
        List<Object[]> rows = rows(accountSql(accountId, asOf));
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        double mrr = num(r[1]).doubleValue();
        Long days = r[7] == null ? null : num(r[7]).longValue();
        long limit = num(r[8]).longValue();
        long mkt = r[9] == null ? 0 : num(r[9]).longValue();
        Nps contacts = new Nps(num(r[2]).longValue(), num(r[3]).longValue(), num(r[4]).longValue(),
                num(r[5]).longValue(), null);
        long n = contacts.n();
        contacts = new Nps(n, contacts.promoters(), contacts.passives(), contacts.detractors(),
                n == 0 ? null : 100.0 * (contacts.promoters() - contacts.detractors()) / n);
        return new AccountFigures((String) r[0], mrr, 12 * mrr, dbl(r[6]), contacts, days == null || days > limit,
                days, mkt, mkt > OVER_CONTACT_THRESHOLD);
    }

    public Retention retention(LocalDate from, LocalDate to) throws SQLException {
        Object[] r = rows(retentionSql(from, to)).get(0);
        long cohort = num(r[0]).longValue();
        long retained = num(r[1]).longValue();
        double start = num(r[2]).doubleValue();
        double expansion = num(r[4]).doubleValue();
        double contraction = num(r[5]).doubleValue();
        double churned = num(r[6]).doubleValue();
        double newMrr = num(r[7]).doubleValue();
        double reactivation = num(r[8]).doubleValue();
        double losses = contraction + churned;
        return new Retention(cohort, retained, start, num(r[3]).doubleValue(), expansion, contraction, churned,
                newMrr, reactivation, start == 0 ? null : (start - contraction - churned) / start,
                start == 0 ? null : (start + expansion - contraction - churned) / start,
                cohort == 0 ? null : (double) retained / cohort,
                losses == 0 ? null : (newMrr + expansion + reactivation) / losses);
    }

    public Renewals renewals(LocalDate from, LocalDate to) throws SQLException {
        Object[] r = rows(renewalsSql(from, to)).get(0);
        long due = num(r[0]).longValue();
        long renewed = num(r[1]).longValue();
        double dueMrr = num(r[2]).doubleValue();
        double renewedMrr = num(r[3]).doubleValue();
        long auto = num(r[4]).longValue();
        return new Renewals(due, renewed, dueMrr, renewedMrr, due == 0 ? null : (double) renewed / due,
                dueMrr == 0 ? null : renewedMrr / dueMrr, renewed == 0 ? null : (double) auto / renewed);
    }

    private static Number num(Object value) {
        return value == null ? 0 : (Number) value;
    }

    private static Double dbl(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
