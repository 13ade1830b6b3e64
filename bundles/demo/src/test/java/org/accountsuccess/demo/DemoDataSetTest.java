package org.accountsuccess.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataSetTest {

    @Test
    void twoRunsWriteByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        List<Path> a = DemoDataSet.writeTo(first);
        List<Path> b = DemoDataSet.writeTo(second);

        assertThat(a).extracting(p -> p.getFileName().toString())
                .containsExactlyElementsOf(b.stream().map(p -> p.getFileName().toString()).toList());
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.mismatch(a.get(i), b.get(i))).as(a.get(i).getFileName().toString()).isEqualTo(-1L);
        }
    }

    @Test
    void aShiftedDataSetMovesEveryDateByTheSameDaysAndNothingElse(@TempDir Path drawn, @TempDir Path shifted)
            throws IOException {
        DemoDataSet.writeTo(drawn);
        // 16 days later: it ends on 2026-12-01 instead of 2026-11-15
        DemoDataSet.writeTo(shifted, DemoDataSet.ANCHOR.plusDays(16));

        List<String> before = Files.readAllLines(drawn.resolve("responses.csv"));
        List<String> after = Files.readAllLines(shifted.resolve("responses.csv"));
        assertThat(after).hasSameSizeAs(before).first().isEqualTo(before.get(0));
        // a row: response_id,contact_id,answered_at,score,...; only answered_at moves
        String[] one = before.get(1).split(",", -1);
        String[] moved = after.get(1).split(",", -1);
        assertThat(Instant.parse(moved[2])).isEqualTo(Instant.parse(one[2]).plus(
                Duration.ofDays(16)));
        assertThat(moved[0]).isEqualTo(one[0]);
        assertThat(moved[3]).isEqualTo(one[3]);
        List<String> contracts = Files.readAllLines(shifted.resolve("contracts.csv"));
        List<String> drawnContracts = Files.readAllLines(drawn.resolve("contracts.csv"));
        String[] k = drawnContracts.get(1).split(",", -1);
        String[] kMoved = contracts.get(1).split(",", -1);
        assertThat(LocalDate.parse(kMoved[2])).isEqualTo(LocalDate.parse(k[2]).plusDays(16));
        // files without dates are the same bytes
        assertThat(Files.mismatch(drawn.resolve("accounts.csv"), shifted.resolve("accounts.csv"))).isEqualTo(-1L);
        // months move by the anchor's month, one here: November and December stay two months
        List<String> revenue = Files.readAllLines(drawn.resolve("revenue.csv"));
        List<String> revenueMoved = Files.readAllLines(shifted.resolve("revenue.csv"));
        for (int i = 1; i < revenue.size(); i++) {
            String[] r = revenue.get(i).split(",", -1);
            String[] rMoved = revenueMoved.get(i).split(",", -1);
            assertThat(YearMonth.parse(rMoved[1])).isEqualTo(YearMonth.parse(r[1]).plusMonths(1));
        }
        assertThat(revenueMoved.stream().skip(1).map(l -> l.split(",", -1)[0] + " " + l.split(",", -1)[1]))
                .doesNotHaveDuplicates();
    }

    @Test
    void writesEveryFileOfTheFormat(@TempDir Path folder) throws IOException {
        assertThat(DemoDataSet.writeTo(folder)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("users.csv", "accounts.csv", "contacts.csv", "contracts.csv",
                        "revenue.csv", "exchange_rates.csv", "invitations.csv", "responses.csv",
                        "employee_responses.csv", "activities.csv");
    }

    @Test
    void mainWritesIntoTheFolderGiven(@TempDir Path folder) throws IOException {
        DemoDataSet.main(new String[] {folder.resolve("demo").toString()});

        assertThat(folder.resolve("demo/accounts.csv")).isRegularFile();
    }

    @Test
    void countsAreInTheExpectedRanges() {
        assertThat(DemoFiles.table("accounts.csv").rows()).hasSizeBetween(180, 220);
        assertThat(DemoFiles.table("contacts.csv").rows()).hasSizeBetween(800, 1500);
        assertThat(DemoFiles.table("contracts.csv").rows()).hasSizeBetween(400, 1200);
        assertThat(DemoFiles.table("invitations.csv").rows()).hasSizeBetween(4000, 10000);
        assertThat(DemoFiles.table("responses.csv").rows()).hasSizeBetween(2000, 6000);
        assertThat(DemoFiles.table("employee_responses.csv").rows()).hasSizeBetween(200, 500);
        assertThat(DemoFiles.table("revenue.csv").rows()).hasSizeBetween(3000, 5000);
        assertThat(DemoFiles.table("activities.csv").rows()).hasSizeBetween(10000, 30000);
        assertThat(DemoFiles.table("exchange_rates.csv").column("currency")).containsExactly("USD", "GBP");
    }

    @Test
    void accountsSpreadOverTiersSegmentsOwnersAndCurrencies() {
        CsvTable accounts = DemoFiles.table("accounts.csv");

        Map<String, Long> tiers = accounts.stream().collect(Collectors.groupingBy(r -> r.get("tier"),
                Collectors.counting()));
        assertThat(tiers.keySet()).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(tiers.get("1")).isLessThan(tiers.get("2"));
        assertThat(tiers.get("2")).isLessThan(tiers.get("3"));
        assertThat(accounts.stream().map(r -> r.get("segment")).distinct().count()).isBetween(4L, 5L);
        assertThat(accounts.stream().map(r -> r.get("owner")).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(accounts.column("currency")).contains("USD", "GBP", "");
        assertThat(accounts.stream().filter(r -> !r.get("parent_account_id").isEmpty()).count()).isBetween(3L, 15L);
    }

    @Test
    void contactsHaveEachRoleWithTitlesAndSomeAreInactive() {
        CsvTable contacts = DemoFiles.table("contacts.csv");

        assertThat(contacts.column("role")).contains("A", "B", "C");
        assertThat(contacts.stream().filter(r -> r.get("active").equals("false")).count()).isBetween(20L, 150L);
        assertThat(contacts.stream().filter(r -> r.get("role").equals("A")).map(r -> r.get("title")))
                .contains("Chief Executive Officer", "Managing Director");
        assertThat(contacts.column("email")).doesNotHaveDuplicates()
                .allMatch(e -> e.matches("[a-z0-9.]+@[a-z0-9.]+\\.[a-z]+"));
    }
}
