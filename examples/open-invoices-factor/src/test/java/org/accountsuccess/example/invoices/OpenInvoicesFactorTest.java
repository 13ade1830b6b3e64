package org.accountsuccess.example.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.accountsuccess.api.event.AccountSuccessEvents;
import org.accountsuccess.api.health.FactorEvaluation;
import org.accountsuccess.host.spi.Account;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

class OpenInvoicesFactorTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);
    private static final String HEADER = "invoice_id,account_id,due_date,amount,paid_on\n";
    /*
     * acc-1 on 2026-11-15 (the window starts after 2025-11-15):
     *   inv-a 1000.00 due 2026-10-01, paid 2026-10-05    counts, paid
     *   inv-b  500.00 due 2026-10-31, unpaid             counts, overdue 15 days
     *   inv-c  300.00 due 2025-06-30, unpaid             before the window but open: counts, overdue 503 days
     *   inv-d  700.00 due 2026-12-01, unpaid             not due yet: does not count
     *   inv-e  200.00 due 2025-10-01, paid 2025-10-02    before the window and paid: does not count
     *   inv-f 1200.00 due 2026-11-10, paid 2026-11-20    paid after the day, so open on it: overdue 5 days
     * counted 1000 + 500 + 300 + 1200 = 3000, overdue 500 + 300 + 1200 = 2000
     * score = 100 * (1 - 2000 / 3000) = 33.333...
     */
    private static final String INVOICES = HEADER + """
            inv-a,acc-1,2026-10-01,1000.00,2026-10-05
            inv-b,acc-1,2026-10-31,500.00,
            inv-c,acc-1,2025-06-30,300,
            inv-d,acc-1,2026-12-01,700.00,
            inv-e,acc-1,2025-10-01,200.00,2025-10-02
            inv-f,acc-1,2026-11-10,1200.00,2026-11-20
            inv-g,acc-2,2026-09-30,400.00,2026-09-30
            inv-h,acc-3,2027-01-31,400.00,
            """;

    @TempDir
    Path folder;

    @Test
    void scoresTheShareOfTheCountedAmountThatIsNotOverdue() throws IOException {
        OpenInvoicesFactor factor = factor(write(INVOICES));
        FactorEvaluation acc1 = factor.evaluate(account("acc-1"), AS_OF).orElseThrow();
        assertThat(acc1.score()).isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(acc1.reason()).isEqualTo("3 of 4 invoice(s) overdue, 2000.00 of 3000.00, the oldest 503 day(s) late");
        // acc-2: 400 due 2026-09-30 and paid that day: 100 * (1 - 0 / 400) = 100
        FactorEvaluation acc2 = factor.evaluate(account("acc-2"), AS_OF).orElseThrow();
        assertThat(acc2.score()).isEqualTo(100.0);
        assertThat(acc2.reason()).isEqualTo("nothing overdue: 1 invoice(s), 400.00 due in the last 365 days");
        // acc-3's only invoice is not due yet, acc-4 has none: no data
        assertThat(factor.evaluate(account("acc-3"), AS_OF)).isEmpty();
        assertThat(factor.evaluate(account("acc-4"), AS_OF)).isEmpty();
        // on 2026-10-31 inv-b is due that day (not overdue), inv-f not due yet:
        // counted a 1000 + b 500 + c 300 = 1800, overdue c 300: 100 * (1 - 300 / 1800) = 83.333...
        assertThat(factor.evaluate(account("acc-1"), LocalDate.of(2026, 10, 31)).orElseThrow().score())
                .isCloseTo(250.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aBadFileMeansNoDataUntilItIsFixed() throws IOException {
        Path file = write(HEADER + "inv-a,acc-1,2026-10-01,1000.00,\ninv-b,acc-1,2026-13-01,500.00,\n");
        OpenInvoicesFactor factor = factor(file);
        assertThat(factor.evaluate(account("acc-1"), AS_OF)).isEmpty();

        Files.writeString(file, HEADER + "inv-a,acc-1,2026-10-01,1000.00,\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        // 1000 overdue of 1000: 100 * (1 - 1) = 0
        assertThat(factor.evaluate(account("acc-1"), AS_OF).orElseThrow().score()).isZero();
    }

    @Test
    void badRowsAreNamedByFileLineAndColumn() throws IOException {
        assertThatThrownBy(() -> InvoiceFile.read(write(HEADER + "inv-a,acc-1,2026-10-01,1000.00,\ninv-b,acc-1,2026-13-01,5,\n")))
                .hasMessageEndingWith("invoices.csv line 3: due_date '2026-13-01' is not a date YYYY-MM-DD");
        assertThatThrownBy(() -> InvoiceFile.read(write(HEADER + "inv-a,acc-1,2026-10-01,-3,\n")))
                .hasMessageEndingWith("line 2: amount '-3' must be more than 0");
        assertThatThrownBy(() -> InvoiceFile.read(write(HEADER + "inv-a,acc-1,2026-10-01,12 EUR,\n")))
                .hasMessageEndingWith("line 2: amount '12 EUR' is not a number such as 1200.50");
        assertThatThrownBy(() -> InvoiceFile.read(write(HEADER + "inv-a,,2026-10-01,12,\n")))
                .hasMessageEndingWith("line 2: account_id is required");
        assertThatThrownBy(() -> InvoiceFile.read(write(HEADER + "inv-a,acc-1,2026-10-01,\"1,200\",\n")))
                .hasMessageEndingWith("line 2: has 6 fields, the header 5 (quoted fields are not supported)");
        assertThatThrownBy(() -> InvoiceFile.read(write(HEADER + "inv-a,acc-1,2026-10-01,1,\ninv-a,acc-2,2026-10-01,1,\n")))
                .hasMessageEndingWith("line 3: invoice_id 'inv-a' appears twice");
        assertThatThrownBy(() -> InvoiceFile.read(write("id,account,due\n")))
                .hasMessageEndingWith("line 1: the header is 'id,account,due', it needs " + InvoiceFile.HEADER);
        assertThatThrownBy(() -> factor(folder.resolve("missing.csv")).evaluate(account("acc-1"), AS_OF).orElseThrow())
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void theEventHandlerSaysWhichWayTheBandWent() {
        assertThat(BandChangeLog.line(new Event(AccountSuccessEvents.BAND_CHANGED, Map.of(
                AccountSuccessEvents.ACCOUNT_ID, "acc-1", AccountSuccessEvents.PREVIOUS_BAND, "GREEN",
                AccountSuccessEvents.BAND, "RED", AccountSuccessEvents.HEALTH_SCORE, 35.5))))
                .isEqualTo("account acc-1 went from GREEN to RED (health 35.5)");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(folder.resolve("invoices.csv"), text);
    }

    private static Account account(String id) {
        return new Account(id, "Account " + id, null, null, 2, null, null, null, null);
    }

    private static OpenInvoicesFactor factor(Path file) {
        return new OpenInvoicesFactor((OpenInvoicesConfiguration) Proxy.newProxyInstance(
                OpenInvoicesConfiguration.class.getClassLoader(), new Class<?>[] {OpenInvoicesConfiguration.class},
                (proxy, method, args) -> method.getName().equals("file") ? file.toString() : method.getDefaultValue()));
    }
}
