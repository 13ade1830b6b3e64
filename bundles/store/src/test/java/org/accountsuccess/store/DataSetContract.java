package org.accountsuccess.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.accountsuccess.api.dataset.DataSetRejectedException;
import org.accountsuccess.api.dataset.FileReport;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.api.dataset.ImportReport;
import org.accountsuccess.api.dataset.RowError;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.store.dataset.DataSetStore;
import org.accountsuccess.store.schema.Schema;
import org.junit.jupiter.api.Test;

/** Import (merge and replace, all or nothing) and export of data sets. */
abstract class DataSetContract extends StoreTestBase {
    static final List<String> DATA_TABLES = TABLES.subList(0, 10);
    static final List<String> FILES = List.of("users.csv", "exchange_rates.csv", "accounts.csv", "contacts.csv",
            "invitations.csv", "responses.csv", "employee_responses.csv", "contracts.csv", "revenue.csv",
            "activities.csv");

    @Test
    void aGoodDataSetWithAllTenFilesIsImported() throws Exception {
        assertThat(dataSets.isEmpty()).isTrue();
        ImportReport report = dataSets.importDataSet(dataSet("good"), ImportMode.MERGE, ImportProgress.NONE);
        assertThat(report.mode()).isEqualTo(ImportMode.MERGE);
        assertThat(report.warnings()).isEmpty();
        assertThat(report.files()).containsExactly(inserted("users.csv", 5), inserted("exchange_rates.csv", 2),
                inserted("accounts.csv", 5), inserted("contacts.csv", 8), inserted("invitations.csv", 6),
                inserted("responses.csv", 6), inserted("employee_responses.csv", 4), inserted("contracts.csv", 6),
                inserted("revenue.csv", 4), inserted("activities.csv", 10));
        assertThat(count("activities")).isEqualTo(10);
        assertThat(dataSets.isEmpty()).isFalse();
        assertThat(dataSource.openConnections()).isZero();
    }

    @Test
    void importingTheSameRowsTwiceChangesNothing() throws Exception {
        Path good = dataSet("good");
        dataSets.importDataSet(good, ImportMode.MERGE, ImportProgress.NONE);
        Map<String, List<List<Object>>> before = snapshot();
        ImportReport again = dataSets.importDataSet(good, ImportMode.MERGE, ImportProgress.NONE);
        assertThat(again.files()).extracting(FileReport::file, FileReport::inserted, FileReport::updated)
                .containsOnly(FILES.stream().map(file -> tuple(file, 0L, 0L)).toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(again.files()).allSatisfy(file -> assertThat(file.unchanged()).isEqualTo(file.rows()).isPositive());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aChangedRowWithAKnownIdIsAnUpdate() throws Exception {
        Path good = dataSet("good");
        dataSets.importDataSet(good, ImportMode.MERGE, ImportProgress.NONE);
        write(good, "accounts.csv", read(good.resolve("accounts.csv")).replace("Crane Ltd,u-rep2,smb,,", "Crane Ltd,u-rep1,smb,2,"));
        write(good, "revenue.csv", read(good.resolve("revenue.csv")) + "a-5,2026-03,10,1\n");
        ImportReport report = dataSets.importDataSet(good, ImportMode.MERGE, ImportProgress.NONE);
        assertThat(report.files()).contains(new FileReport("accounts.csv", 5, 0, 1, 4),
                new FileReport("revenue.csv", 5, 1, 0, 4), new FileReport("contacts.csv", 8, 0, 0, 8));
        assertThat(host.account("a-3")).map(Account::owner).contains("u-rep1");
        assertThat(host.account("a-3")).map(Account::tier).contains(2);
    }

    @Test
    void aMergeKeepsTheStoredValuesOfColumnsTheFileLacks() throws Exception {
        dataSets.importDataSet(dataSet("good"), ImportMode.MERGE, ImportProgress.NONE);
        Path names = Files.createDirectory(temp.resolve("names"));
        write(names, "accounts.csv", "account_id,name\na-1,Acme SE\na-2,\"Bolt, Inc.\"\na-9,Newco\n");
        ImportReport report = dataSets.importDataSet(names, ImportMode.MERGE, ImportProgress.NONE);
        assertThat(report.files()).containsExactly(new FileReport("accounts.csv", 3, 1, 1, 1));
        assertThat(host.account("a-1")).contains(
                new Account("a-1", "Acme SE", "u-rep1", "enterprise", 1, "manufacturing", "DE", null, "EUR"));
        assertThat(host.account("a-9")).contains(new Account("a-9", "Newco", null, null, 3, null, null, null, null));
    }

    @Test
    void aMergeResolvesReferencesToStoredRowsAndAReplaceDoesNot() throws Exception {
        dataSets.importDataSet(dataSet("good"), ImportMode.MERGE, ImportProgress.NONE);
        Path more = Files.createDirectory(temp.resolve("more"));
        write(more, "accounts.csv", "account_id,name\n");
        write(more, "contacts.csv", "contact_id,account_id,role\nc-9,a-3,C\n");
        write(more, "contracts.csv", "contract_id,account_id,start_date,mrr,renewal_of,currency\nk-9,a-2,2027-01-01,10,k-5,USD\n");
        Map<String, List<List<Object>>> before = snapshot();

        DataSetRejectedException rejected = catchThrowableOfType(DataSetRejectedException.class,
                () -> dataSets.importDataSet(more, ImportMode.REPLACE, ImportProgress.NONE));
        assertThat(rejected.errors()).extracting(RowError::file, RowError::line, RowError::column, RowError::value)
                .containsExactlyInAnyOrder(tuple("contacts.csv", 2L, "account_id", "a-3"),
                        tuple("contracts.csv", 2L, "account_id", "a-2"), tuple("contracts.csv", 2L, "renewal_of", "k-5"),
                        tuple("contracts.csv", 2L, "currency", "USD"));
        assertThat(snapshot()).isEqualTo(before);

        dataSets.importDataSet(more, ImportMode.MERGE, ImportProgress.NONE);
        assertThat(all(host.contacts("a-3"))).extracting(Contact::id).containsExactlyInAnyOrder("c-6", "c-9");
    }

    @Test
    void aReplaceSwapsEverythingButTheFollowUps() throws Exception {
        dataSets.importDataSet(dataSet("good"), ImportMode.REPLACE, ImportProgress.NONE);
        host.submit(followUp("r-4", "Call back"));
        Path small = Files.createDirectory(temp.resolve("small"));
        write(small, "accounts.csv", "account_id,name\na-9,Newco\n");
        write(small, "contacts.csv", "contact_id,account_id,role\nc-1,a-9,A\n");
        AtomicReference<List<String>> seenWhileWriting = new AtomicReference<>();
        ImportReport report = dataSets.importDataSet(small, ImportMode.REPLACE, (phase, file, rows) -> {
            if (phase.equals("writing") && file.equals("contacts.csv")) {
                seenWhileWriting.set(all(host.accounts()).stream().map(Account::id).toList());
            }
        });
        assertThat(report.files()).containsExactly(new FileReport("accounts.csv", 1, 1, 0, 0),
                new FileReport("contacts.csv", 1, 1, 0, 0));
        assertThat(seenWhileWriting.get()).as("a reader during the replace sees the old data")
                .containsExactlyInAnyOrder("a-1", "a-2", "a-3", "a-4", "a-5");
        assertThat(all(host.accounts())).extracting(Account::id).containsExactly("a-9");
        assertThat(all(host.allContacts())).extracting(Contact::accountId).containsExactly("a-9");
        for (String table : List.of("users", "exchange_rates", "invitations", "responses", "employee_responses",
                "contracts", "revenue", "activities")) {
            assertThat(count(table)).as(table).isZero();
        }
        assertThat(count("follow_ups")).isEqualTo(1);
        assertThat(host.submit(followUp("r-4", "Call back"))).isFalse();
    }

    @Test
    void aContactOfAnUnknownAccountLeavesTheStoreExactlyAsBefore() throws Exception {
        Path good = dataSet("good");
        dataSets.importDataSet(good, ImportMode.MERGE, ImportProgress.NONE);
        host.submit(followUp("r-1", "Thank"));
        Map<String, List<List<Object>>> before = snapshot();
        write(good, "accounts.csv", read(good.resolve("accounts.csv")).replace("Acme GmbH", "Acme SE"));
        write(good, "contacts.csv", read(good.resolve("contacts.csv")).replace("c-3,a-1,", "c-3,a-404,"));
        for (ImportMode mode : ImportMode.values()) {
            DataSetRejectedException rejected = catchThrowableOfType(DataSetRejectedException.class,
                    () -> dataSets.importDataSet(good, mode, ImportProgress.NONE));
            assertThat(rejected.errors()).as("%s", mode).hasSize(1);
            RowError error = rejected.errors().get(0);
            assertThat(error.file()).isEqualTo("contacts.csv");
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.column()).isEqualTo("account_id");
            assertThat(error.value()).isEqualTo("a-404");
            assertThat(error.reason()).startsWith("no account with this id in accounts.csv");
            assertThat(rejected).hasMessageContaining("contacts.csv:4 column account_id value 'a-404'");
            assertThat(snapshot()).as("%s", mode).isEqualTo(before);
        }
        assertThat(dataSource.openConnections()).isZero();
    }

    @Test
    void everyBadRowOfEveryFileIsReported() throws Exception {
        Path bad = Files.createDirectory(temp.resolve("bad"));
        write(bad, "users.csv", "user_id,roles\nu-1,admin;boss\n");
        write(bad, "exchange_rates.csv", "currency,rate_to_base\nUSD,0\nEUR,1.1\n");
        write(bad, "accounts.csv", """
                account_id,name,tier,currency,parent_account_id
                a-1,Acme,1,,
                a-2,,4,usd,
                a-3,"Multi
                line name",x,JPY,a-404
                a-1,Dup,2,,
                a-5,Self,3,,a-5
                """);
        write(bad, "contacts.csv", "contact_id,account_id,role,active\nc-1,a-1,A,true\nc-2,a-404,B,yes\nc-3,a-1,X,\nc-4,a-2,,\n");
        write(bad, "invitations.csv", "invitation_id,survey_id,contact_id,sent_at\ni-1,s-1,c-1,\"2026-01-01\"x\n");
        write(bad, "responses.csv", """
                response_id,contact_id,answered_at,score
                r-1,c-1,2026-01-01T10:00:00Z,ten
                r-2,c-1,2026-01-01T10:00:00Z,6.5
                r-3,c-1,2026-01-01T10:00:00Z,11
                r-4,c-1,2026-01-01T10:00:00Z,-1
                r-5,c-1,2026-01-01T10:00:00Z,
                r-6,c-9,2026-01-01T10:00,7
                """);
        write(bad, "employee_responses.csv", "response_id,employee_ref,answered_at,score\ne-1,emp-1,2026-01-01,5\n");
        write(bad, "contracts.csv", """
                contract_id,account_id,start_date,end_date,mrr,currency,auto_renew,renewal_of
                k-1,a-1,2026-01-01,2025-12-31,-5,,maybe,k-1
                k-2,a-1,2026-02-30,,"1,000.00",CHF,,k-9
                """);
        write(bad, "revenue.csv", "account_id,period,revenue\na-1,2026-1,100\na-1,2026-01,1e3\na-1,2026-01,5\n");
        write(bad, "activities.csv", """
                activity_id,account_id,type,occurred_at,direction,status,severity
                t-1,a-1,phone,2026-01-01,sideways,pending,urgent
                t-2,a-1,call,yesterday,,,
                """);

        DataSetRejectedException rejected = catchThrowableOfType(DataSetRejectedException.class,
                () -> dataSets.importDataSet(bad, ImportMode.REPLACE, ImportProgress.NONE));

        assertThat(rejected.errors()).extracting(RowError::file, RowError::line, RowError::column, RowError::value)
                .containsExactlyInAnyOrder(
                        tuple("users.csv", 2L, "roles", "admin;boss"),
                        tuple("exchange_rates.csv", 2L, "rate_to_base", "0"),
                        tuple("exchange_rates.csv", 3L, "rate_to_base", "1.1"),
                        tuple("accounts.csv", 3L, "name", ""),
                        tuple("accounts.csv", 3L, "tier", "4"),
                        tuple("accounts.csv", 3L, "currency", "usd"),
                        tuple("accounts.csv", 4L, "tier", "x"),
                        tuple("accounts.csv", 4L, "currency", "JPY"),
                        tuple("accounts.csv", 4L, "parent_account_id", "a-404"),
                        tuple("accounts.csv", 6L, "account_id", "a-1"),
                        tuple("accounts.csv", 7L, "parent_account_id", "a-5"),
                        tuple("contacts.csv", 3L, "account_id", "a-404"),
                        tuple("contacts.csv", 3L, "active", "yes"),
                        tuple("contacts.csv", 4L, "role", "X"),
                        tuple("contacts.csv", 5L, "role", ""),
                        tuple("invitations.csv", 2L, null, null),
                        tuple("responses.csv", 2L, "score", "ten"),
                        tuple("responses.csv", 3L, "score", "6.5"),
                        tuple("responses.csv", 4L, "score", "11"),
                        tuple("responses.csv", 5L, "score", "-1"),
                        tuple("responses.csv", 6L, "score", ""),
                        tuple("responses.csv", 7L, "answered_at", "2026-01-01T10:00"),
                        tuple("responses.csv", 7L, "contact_id", "c-9"),
                        tuple("employee_responses.csv", 1L, "department", null),
                        tuple("contracts.csv", 2L, "end_date", "2025-12-31"),
                        tuple("contracts.csv", 2L, "mrr", "-5"),
                        tuple("contracts.csv", 2L, "auto_renew", "maybe"),
                        tuple("contracts.csv", 2L, "renewal_of", "k-1"),
                        tuple("contracts.csv", 3L, "start_date", "2026-02-30"),
                        tuple("contracts.csv", 3L, "mrr", "1,000.00"),
                        tuple("contracts.csv", 3L, "currency", "CHF"),
                        tuple("contracts.csv", 3L, "renewal_of", "k-9"),
                        tuple("revenue.csv", 2L, "period", "2026-1"),
                        tuple("revenue.csv", 3L, "revenue", "1e3"),
                        tuple("revenue.csv", 4L, "period", "2026-01"),
                        tuple("activities.csv", 2L, "type", "phone"),
                        tuple("activities.csv", 2L, "direction", "sideways"),
                        tuple("activities.csv", 2L, "status", "pending"),
                        tuple("activities.csv", 2L, "severity", "urgent"),
                        tuple("activities.csv", 3L, "occurred_at", "yesterday"));
        assertThat(rejected.errors()).filteredOn(e -> e.value() != null && e.value().equals("ten")).singleElement()
                .extracting(RowError::reason).isEqualTo("is not an integer from 0 to 10");
        assertThat(rejected.errors()).filteredOn(e -> "CHF".equals(e.value())).singleElement()
                .extracting(RowError::reason).asString().contains("no exchange rate", "base currency is EUR");
        assertThat(rejected.errors()).filteredOn(e -> e.file().equals("invitations.csv")).singleElement()
                .extracting(RowError::reason).asString().startsWith("malformed CSV");
        assertThat(snapshot()).allSatisfy((table, rows) -> {
            if (!table.equals("schema_version")) {
                assertThat(rows).as(table).isEmpty();
            }
        });
    }

    @Test
    void aDataSetWithoutAccountsIsRejected() throws Exception {
        Path noAccounts = Files.createDirectory(temp.resolve("no-accounts"));
        write(noAccounts, "users.csv", "user_id\nu-1\n");
        assertThatThrownBy(() -> dataSets.importDataSet(noAccounts, ImportMode.MERGE, ImportProgress.NONE))
                .isInstanceOf(DataSetRejectedException.class)
                .hasMessageContaining("accounts.csv: the data set has no accounts.csv; it is required");
        assertThat(count("users")).isZero();
    }

    @Test
    void csvDialectByteOrderMarkQuotingFreeColumnOrderAndUnknownColumns() throws Exception {
        Path dialect = Files.createDirectory(temp.resolve("dialect"));
        write(dialect, "accounts.csv", "\uFEFFname,region,account_id,tier\r\n\"Acme, \"\"the\"\" company\",EMEA,a-1,1\r\n"
                + "\"Multi\r\nline\",APAC,a-2,\r\n\r\n");
        write(dialect, "contacts.csv", "role,contact_id,account_id,shoe_size,shoe_colour\nA,c-1,a-1,42,red\nB,c-2,a-2,,\n");
        write(dialect, "notes.txt", "not data");
        Files.createDirectory(dialect.resolve("old"));
        ImportReport report = dataSets.importDataSet(dialect, ImportMode.MERGE, ImportProgress.NONE);
        assertThat(report.warnings()).containsExactlyInAnyOrder(
                "notes.txt: not a file of the data-set format; ignored",
                "old/: not a file of the data set's folder; ignored",
                "accounts.csv: unknown columns ignored: region",
                "contacts.csv: unknown columns ignored: shoe_colour, shoe_size");
        assertThat(host.account("a-1")).map(Account::name).contains("Acme, \"the\" company");
        assertThat(host.account("a-2")).contains(new Account("a-2", "Multi\r\nline", null, null, 3, null, null, null, null));
        assertThat(all(host.contacts("a-2"))).extracting(Contact::id).containsExactly("c-2");
    }

    @Test
    void aZipImportsLikeItsFolderWithOrWithoutATopFolder() throws Exception {
        Path good = dataSet("good");
        dataSets.importDataSet(good, ImportMode.REPLACE, ImportProgress.NONE);
        Map<String, List<List<Object>>> fromFolder = snapshot();

        Path flat = zip(good, temp.resolve("flat.zip"), "");
        dataSets.importDataSet(flat, ImportMode.REPLACE, ImportProgress.NONE);
        assertThat(snapshot()).isEqualTo(fromFolder);

        Path nested = zip(good, temp.resolve("nested.zip"), "crm-export/");
        ImportReport report = dataSets.importDataSet(nested, ImportMode.REPLACE, ImportProgress.NONE);
        assertThat(report.files()).extracting(FileReport::file).containsExactlyElementsOf(FILES);
        assertThat(report.warnings()).containsExactly("__MACOSX/crm-export/._accounts.csv: not a file of the data set's folder; ignored");
        assertThat(snapshot()).isEqualTo(fromFolder);
    }

    @Test
    void anExportReimportsToIdenticalData() throws Exception {
        dataSets.importDataSet(dataSet("good"), ImportMode.REPLACE, ImportProgress.NONE);
        Path folder = temp.resolve("export");
        List<FileReport> written = dataSets.exportDataSet(folder);
        assertThat(written).extracting(FileReport::file, FileReport::rows).containsExactly(tuple("users.csv", 5L),
                tuple("exchange_rates.csv", 2L), tuple("accounts.csv", 5L), tuple("contacts.csv", 8L),
                tuple("invitations.csv", 6L), tuple("responses.csv", 6L), tuple("employee_responses.csv", 4L),
                tuple("contracts.csv", 6L), tuple("revenue.csv", 4L), tuple("activities.csv", 10L));
        assertThat(read(folder.resolve("accounts.csv"))).startsWith(
                "account_id,name,owner,segment,tier,industry,country,parent_account_id,currency\r\n"
                        + "a-1,Acme GmbH,u-rep1,enterprise,1,manufacturing,DE,,EUR\r\n"
                        + "a-2,\"Bolt, Inc.\",u-rep1,mid-market,2,software,US,,USD\r\n");
        assertThat(read(folder.resolve("responses.csv"))).contains(
                "r-2,c-2,2026-01-13T09:30:00Z,6,s-2026q1,\"Price is high.\nWould like a discount.\",-price\r\n",
                "r-5,c-1,2026-04-03T09:15:30.123456Z,8,s-2026q2,,\r\n");
        assertThat(read(folder.resolve("revenue.csv"))).contains("a-1,2026-02,1200.5,\r\n", "a-2,2026-01,460,-20.5\r\n");
        Path zip = temp.resolve("exports/export.zip");
        dataSets.exportDataSet(zip);

        try (TestDatabase other = newDatabase(temp.resolve("db2"))) {
            ObservedDataSource otherSource = new ObservedDataSource(other.open());
            Schema.migrate(otherSource);
            DataSetStore otherSets = new DataSetStore(otherSource, BASE_CURRENCY);
            ImportReport report = otherSets.importDataSet(zip, ImportMode.MERGE, ImportProgress.NONE);
            assertThat(report.warnings()).isEmpty();
            assertThat(snapshot(otherSource, DATA_TABLES)).isEqualTo(snapshot(dataSource, DATA_TABLES));
            Path again = temp.resolve("export-again");
            otherSets.exportDataSet(again);
            for (String file : FILES) {
                assertThat(read(again.resolve(file))).as(file).isEqualTo(read(folder.resolve(file)));
            }
        }
        ImportReport reimport = dataSets.importDataSet(folder, ImportMode.MERGE, ImportProgress.NONE);
        assertThat(reimport.files()).allSatisfy(file -> assertThat(file.unchanged()).isEqualTo(file.rows()));
    }

    @Test
    void progressIsReportedWhileCheckingAndWriting() throws Exception {
        Path big = Files.createDirectory(temp.resolve("big"));
        write(big, "accounts.csv", "account_id,name\na-1,Acme\n");
        StringBuilder activities = new StringBuilder("activity_id,account_id,type,occurred_at\n");
        for (int i = 1; i <= 20_001; i++) {
            activities.append("t-").append(i).append(",a-1,call,2026-01-01T00:00:00Z\n");
        }
        write(big, "activities.csv", activities.toString());
        List<String> calls = new ArrayList<>();
        dataSets.importDataSet(big, ImportMode.MERGE, (phase, file, rows) -> calls.add(phase + " " + file + " " + rows));
        assertThat(calls).containsExactly("checking accounts.csv 1", "checking activities.csv 10000",
                "checking activities.csv 20000", "checking activities.csv 20001", "writing accounts.csv 1",
                "writing activities.csv 10000", "writing activities.csv 20000", "writing activities.csv 20001");
        assertThat(count("activities")).isEqualTo(20_001);
    }

    @Test
    void aSourceThatIsNeitherAFolderNorAZipIsRefused() throws IOException {
        Path text = Files.writeString(temp.resolve("accounts.csv"), "account_id,name\n");
        assertThatThrownBy(() -> dataSets.importDataSet(text, ImportMode.MERGE, ImportProgress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("a data set is a folder or a .zip of one");
        assertThatThrownBy(() -> dataSets.importDataSet(temp.resolve("missing"), ImportMode.MERGE, ImportProgress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("missing");
    }

    static FileReport inserted(String file, long rows) {
        return new FileReport(file, rows, rows, 0, 0);
    }

    /** Zips the files of {@code folder} under {@code prefix}; a nested zip also gets a stray macOS entry. */
    static Path zip(Path folder, Path zip, String prefix) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.list(folder)) {
            if (!prefix.isEmpty()) {
                out.putNextEntry(new ZipEntry(prefix));
                out.closeEntry();
                out.putNextEntry(new ZipEntry("__MACOSX/" + prefix + "._accounts.csv"));
                out.write(new byte[] {0, 5, 22, 7});
                out.closeEntry();
            }
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(prefix + file.getFileName()));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
        return zip;
    }
}
