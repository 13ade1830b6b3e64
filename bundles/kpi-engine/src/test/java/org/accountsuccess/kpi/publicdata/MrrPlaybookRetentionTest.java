package org.accountsuccess.kpi.publicdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.accountsuccess.api.Cut;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.ExchangeRateTable;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.accountsuccess.kpi.retention.RetentionLedger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retention on the public mrr-playbook subscriptions (dbt-labs/mrr-playbook, MIT; see
 * shared/datasets/README.md): 121 periods with a start and an end exclusive of the month, read
 * from {@code ${accountsuccess.shared.dir}/datasets/mrr-playbook}. Each period becomes a contract
 * whose last covered day is the day before the file's end date. Expected figures were computed
 * by hand from the file with awk, independently of the engine, e.g. for 2019-01-01..2019-06-01:
 * {@code awk -F, 'NR>1 {if ($3<=a && $4>a) m0[$2]+=$5; if ($3<=b && $4>b) m1[$2]+=$5} ...'}.
 */
class MrrPlaybookRetentionTest {
    private static List<Contract> contracts;

    @BeforeAll
    static void readSubscriptions() throws IOException {
        String shared = System.getProperty("accountsuccess.shared.dir");
        Path file = shared == null ? null : Path.of(shared, "datasets", "mrr-playbook", "subscription_periods.csv");
        Assumptions.assumeTrue(file != null && Files.isRegularFile(file),
                () -> file + " not found: skipping public-data test");
        contracts = Csv.read(file).stream().map(MrrPlaybookRetentionTest::contract).toList();
    }

    private static Contract contract(Map<String, String> row) {
        return new Contract("sub-" + row.get("subscription_id"), row.get("customer_id"),
                LocalDate.parse(row.get("start_date")), LocalDate.parse(row.get("end_date")).minusDays(1),
                new BigDecimal(row.get("monthly_amount")), null, false, null, null);
    }

    private static RetentionLedger ledger(String from, String to) {
        RetentionLedger ledger = new RetentionLedger(new DateWindow(LocalDate.parse(from), LocalDate.parse(to)),
                new CurrencyConverter(ExchangeRateTable.single("USD")));
        contracts.forEach(c -> ledger.add(c, null));
        return ledger;
    }

    @Test
    void firstHalfOf2019() {
        // awk: cohort 13, start 620, expansion 75, contraction 10, churned 25, new 475 (10 logos), retained 12
        RetentionReport report = ledger("2019-01-01", "2019-06-01").report();
        assertThat(contracts).hasSize(121);
        assertThat(report.cohort()).isEqualTo(13);
        assertThat(report.retainedLogos()).isEqualTo(12);
        assertThat(report.newLogos()).isEqualTo(10);
        assertThat(report.startMrr()).isEqualByComparingTo("620");
        assertThat(report.endMrr()).isEqualByComparingTo("1135");
        assertThat(report.expansion()).isEqualByComparingTo("75");
        assertThat(report.contraction()).isEqualByComparingTo("10");
        assertThat(report.churned()).isEqualByComparingTo("25");
        assertThat(report.newMrr()).isEqualByComparingTo("475");
        assertThat(report.grr().getAsDouble()).isCloseTo(585.0 / 620, within(1e-9));
        assertThat(report.nrr().getAsDouble()).isCloseTo(660.0 / 620, within(1e-9));
        assertThat(report.logoRetention().getAsDouble()).isCloseTo(12.0 / 13, within(1e-12));
    }

    @Test
    void customerOneChurnsComesBackAndExpands() {
        // customer 1: 50 from 2018-11 to 2019-01, nothing in February and March, 50 again from April, 75 from June
        assertThat(customerOne("2019-01-01", "2019-02-01").churned()).isEqualByComparingTo("50");
        RetentionReport reactivated = customerOne("2019-03-01", "2019-04-01");
        assertThat(reactivated.cohort()).isZero();
        // paid before 2019-03-01: reactivation, not new
        assertThat(reactivated.newLogos()).isZero();
        assertThat(reactivated.reactivatedLogos()).isEqualTo(1);
        assertThat(reactivated.reactivationMrr()).isEqualByComparingTo("50");
        assertThat(customerOne("2019-05-01", "2019-06-01").expansion()).isEqualByComparingTo("25");
    }

    private static RetentionReport customerOne(String from, String to) {
        return ledger(from, to).cut(accountId -> accountId).stream()
                .filter(cut -> cut.key().equals("1")).map(Cut::report).findFirst().orElseThrow();
    }
}
