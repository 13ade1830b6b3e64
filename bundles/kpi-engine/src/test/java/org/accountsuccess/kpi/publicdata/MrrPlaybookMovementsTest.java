package org.accountsuccess.kpi.publicdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accountsuccess.api.revenue.MonthMovements;
import org.accountsuccess.api.revenue.MovementSeries;
import org.accountsuccess.api.revenue.MrrMovement;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.ExchangeRateTable;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.accountsuccess.kpi.retention.MonthlyMovements;
import org.accountsuccess.kpi.retention.MrrBook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The monthly movements against dbt's MRR playbook (dbt-labs/mrr-playbook, MIT), read from
 * {@code ${accountsuccess.shared.dir}/datasets/mrr-playbook}: the expected movements are computed
 * here the playbook's way, from the file's rows alone (its {@code mrr.sql}: a customer's MRR of a
 * month is the sum of the subscriptions with {@code start_date <= month < end_date}; the first month
 * is "new", active after an inactive month "reactivation", inactive after an active one "churn",
 * else the sign of the change is "upgrade" or "downgrade"), and compared month by month with the
 * engine's, for which a subscription is a contract up to the day before its end date.
 */
class MrrPlaybookMovementsTest {
    private static List<Map<String, String>> rows;

    @BeforeAll
    static void readSubscriptions() throws IOException {
        String shared = System.getProperty("accountsuccess.shared.dir");
        Path file = shared == null ? null : Path.of(shared, "datasets", "mrr-playbook", "subscription_periods.csv");
        Assumptions.assumeTrue(file != null && Files.isRegularFile(file),
                () -> file + " not found: skipping public-data test");
        rows = Csv.read(file);
    }

    /** The playbook's MRR of each customer in each month (first of the month). */
    private static Map<String, Map<YearMonth, BigDecimal>> playbookMrr(YearMonth first, YearMonth last) {
        Map<String, Map<YearMonth, BigDecimal>> mrr = new TreeMap<>();
        for (Map<String, String> row : rows) {
            LocalDate start = LocalDate.parse(row.get("start_date"));
            LocalDate end = LocalDate.parse(row.get("end_date"));
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                LocalDate day = m.atDay(1);
                if (!start.isAfter(day) && end.isAfter(day)) {
                    mrr.computeIfAbsent(row.get("customer_id"), id -> new TreeMap<>())
                            .merge(m, new BigDecimal(row.get("monthly_amount")), BigDecimal::add);
                }
            }
        }
        return mrr;
    }

    /** The playbook's categories summed per month: new, upgrade, downgrade, churn, reactivation. */
    private static Map<YearMonth, Map<MrrMovement, BigDecimal>> playbookMovements(YearMonth first, YearMonth last) {
        Map<YearMonth, Map<MrrMovement, BigDecimal>> sums = new TreeMap<>();
        playbookMrr(first, last).forEach((customer, byMonth) -> {
            YearMonth firstActive = byMonth.keySet().iterator().next();
            BigDecimal previous = BigDecimal.ZERO;
            for (YearMonth m = firstActive; !m.isAfter(last); m = m.plusMonths(1)) {
                BigDecimal now = byMonth.getOrDefault(m, BigDecimal.ZERO);
                MrrMovement category = m.equals(firstActive) ? MrrMovement.NEW
                        : now.signum() == 0 && previous.signum() > 0 ? MrrMovement.CHURNED
                        : now.signum() > 0 && previous.signum() == 0 ? MrrMovement.REACTIVATION
                        : now.compareTo(previous) > 0 ? MrrMovement.EXPANSION
                        : now.compareTo(previous) < 0 ? MrrMovement.CONTRACTION : null;
                if (category != null) {
                    sums.computeIfAbsent(m, k -> new EnumMap<>(MrrMovement.class))
                            .merge(category, now.subtract(previous).abs(), BigDecimal::add);
                }
                previous = now;
            }
        });
        return sums;
    }

    private static MovementSeries engine(YearMonth first, YearMonth last) {
        MrrBook book = new MrrBook(new CurrencyConverter(ExchangeRateTable.single("USD")));
        for (Map<String, String> row : rows) {
            book.add(new Contract("sub-" + row.get("subscription_id"), row.get("customer_id"),
                    LocalDate.parse(row.get("start_date")), LocalDate.parse(row.get("end_date")).minusDays(1),
                    new BigDecimal(row.get("monthly_amount")), null, false, null, null), null);
        }
        Map<String, Account> customers = rows.stream().map(r -> r.get("customer_id")).collect(Collectors.toCollection(
                TreeSet::new)).stream().collect(Collectors.toMap(Function.identity(),
                        id -> new Account(id, "Customer " + id, null, null, 3, null, null, null, null)));
        return new MonthlyMovements(book, customers).series(first, last, "USD");
    }

    @Test
    void everyMonthAgreesWithThePlaybook() {
        // the file runs from 2017-09 to subscriptions ending 2020-02-01 (so 2020-02 is the last churn month)
        YearMonth first = YearMonth.of(2017, 9);
        YearMonth last = YearMonth.of(2020, 3);
        Map<YearMonth, Map<MrrMovement, BigDecimal>> expected = playbookMovements(first, last);
        MovementSeries series = engine(first, last);

        assertThat(series.months()).hasSize(31);
        for (MonthMovements month : series.months()) {
            Map<MrrMovement, BigDecimal> want = expected.getOrDefault(month.month(), Map.of());
            assertThat(month.newMrr()).as("new %s", month.month())
                    .isEqualByComparingTo(want.getOrDefault(MrrMovement.NEW, BigDecimal.ZERO));
            assertThat(month.expansion()).as("upgrade %s", month.month())
                    .isEqualByComparingTo(want.getOrDefault(MrrMovement.EXPANSION, BigDecimal.ZERO));
            assertThat(month.contraction()).as("downgrade %s", month.month())
                    .isEqualByComparingTo(want.getOrDefault(MrrMovement.CONTRACTION, BigDecimal.ZERO));
            assertThat(month.churned()).as("churn %s", month.month())
                    .isEqualByComparingTo(want.getOrDefault(MrrMovement.CHURNED, BigDecimal.ZERO));
            assertThat(month.reactivationMrr()).as("reactivation %s", month.month())
                    .isEqualByComparingTo(want.getOrDefault(MrrMovement.REACTIVATION, BigDecimal.ZERO));
        }
    }

    @Test
    void figuresCheckedWithAwk() {
        // April 2019: customers 8 (65) and 30 (55) start, customer 1 (50, paid 2018-11..2019-01) comes back
        // awk -F, 'NR>1 && $3<="2019-04-01" && $4>"2019-04-01"{m[$2]+=$5} ... m without March'
        MonthMovements april = engine(YearMonth.of(2019, 4), YearMonth.of(2019, 4)).months().get(0);
        assertThat(april.newMrr()).isEqualByComparingTo("120");
        assertThat(april.newLogos()).isEqualTo(2);
        assertThat(april.reactivationMrr()).isEqualByComparingTo("50");
        assertThat(april.reactivatedLogos()).isEqualTo(1);
        // every customer's first month summed: 55 customers, 2,295 of new MRR over the file
        MovementSeries all = engine(YearMonth.of(2017, 9), YearMonth.of(2020, 3));
        assertThat(all.months().stream().map(MonthMovements::newMrr).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("2295");
        assertThat(all.months().stream().mapToInt(MonthMovements::newLogos).sum()).isEqualTo(55);
    }
}
