package org.accountsuccess.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accountsuccess.api.dataset.DataSetRejectedException;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.event.AccountSuccessEvents;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.host.spi.ExchangeRateTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The DS component as SCR would create it, and the component description bnd generates for it. */
class StandaloneHostTest {
    @TempDir
    Path temp;

    /** The configuration DS would hand over: the annotation's defaults, with some properties overridden. */
    static StoreConfiguration config(Map<String, Object> overrides) {
        return (StoreConfiguration) Proxy.newProxyInstance(StoreConfiguration.class.getClassLoader(),
                new Class<?>[] {StoreConfiguration.class},
                (proxy, method, args) -> overrides.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    @Test
    void activationMigratesTheSchemaAndServesTheDataSetAndThePorts() throws Exception {
        H2TestDatabase database = new H2TestDatabase(temp.resolve("db"));
        try (database) {
            StandaloneHost host = new StandaloneHost(database.open(), config(Map.of("base_currency", "CHF")));
            assertThat(host.isEmpty()).isTrue();
            Path set = temp.resolve("set");
            Files.createDirectories(set);
            StoreTestBase.write(set, "accounts.csv", "account_id,name,currency\na-1,Acme,CHF\n");
            host.importDataSet(set, ImportMode.MERGE, ImportProgress.NONE);
            assertThat(host.account("a-1")).isPresent();
            assertThat(host.table()).isEqualTo(ExchangeRateTable.single("CHF"));
            StandaloneHost restarted = new StandaloneHost(database.open(), config(Map.of("base_currency", "CHF")));
            assertThat(restarted.isEmpty()).isFalse();
            assertThat(restarted.account("a-1")).isEqualTo(host.account("a-1"));
        }
    }

    @Test
    void aCommittedImportIsAnnouncedOnceAndARejectedOneNot() throws Exception {
        H2TestDatabase database = new H2TestDatabase(temp.resolve("db"));
        try (database) {
            StandaloneHost host = new StandaloneHost(database.open(), config(Map.of()));
            List<Event> posted = new ArrayList<>();
            host.events = new EventAdmin() {
                @Override
                public void postEvent(Event event) {
                    posted.add(event);
                }

                @Override
                public void sendEvent(Event event) {
                    throw new AssertionError("an import must not wait for the handlers");
                }
            };
            Path set = temp.resolve("set");
            Files.createDirectories(set);
            StoreTestBase.write(set, "accounts.csv", "account_id,name\na-1,Acme\n");
            host.importDataSet(set, ImportMode.REPLACE, ImportProgress.NONE);
            StoreTestBase.write(set, "accounts.csv", "account_id,name,tier\na-2,Beta,9\n");
            assertThatThrownBy(() -> host.importDataSet(set, ImportMode.MERGE, ImportProgress.NONE))
                    .isInstanceOf(DataSetRejectedException.class);

            assertThat(posted).hasSize(1);
            Event imported = posted.get(0);
            assertThat(imported.getTopic()).isEqualTo(AccountSuccessEvents.DATASET_IMPORTED);
            assertThat(imported.getProperty(AccountSuccessEvents.IMPORT_MODE)).isEqualTo("REPLACE");
            assertThat((String) imported.getProperty(AccountSuccessEvents.EVENT_ID)).startsWith("dataset-imported:");
            assertThat(Instant.parse((String) imported.getProperty(AccountSuccessEvents.OCCURRED_AT))).isNotNull();
        }
    }

    /** An etc/ file from before this version sets no WRITE_DELAY: the store sets it in the database. */
    @Test
    void startingOnH2MakesEveryCommitWrittenBeforeItReturns() throws Exception {
        H2TestDatabase database = new H2TestDatabase(temp.resolve("db"));
        try (database) {
            assertThat(writeDelay(database)).isEqualTo("500");
            new StandaloneHost(database.open(), config(Map.of()));
            assertThat(writeDelay(database)).isEqualTo("0");
            database.shutdown();
            assertThat(writeDelay(database)).as("kept in the database").isEqualTo("0");
        }
    }

    private static String writeDelay(H2TestDatabase database) throws SQLException {
        try (Connection connection = database.open().getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(row.next()).as("H2 lists WRITE_DELAY").isTrue();
            return row.getString(1);
        }
    }

    @Test
    void aBaseCurrencyThatIsNoCurrencyCodeIsRefusedByName() {
        assertThatThrownBy(() -> StandaloneHost.baseCurrency(config(Map.of("base_currency", "euro"))))
                .hasMessage("org.accountsuccess.store: 'base.currency' = 'euro' is not an ISO 4217 code"
                        + " (three capital letters, such as EUR)");
        assertThat(StandaloneHost.baseCurrency(config(Map.of()))).isEqualTo("EUR");
    }

    @Test
    void theComponentRegistersEveryPortAndTheDataSetServiceAsTheStandaloneHost() throws IOException {
        String xml;
        try (InputStream in = StandaloneHost.class.getResourceAsStream(
                "/OSGI-INF/org.accountsuccess.store.StandaloneHost.xml")) {
            assertThat(in).as("component description generated by bnd").isNotNull();
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(xml).contains("configuration-pid=\"org.accountsuccess.store\"", "immediate=\"true\"",
                "<property name=\"host\" type=\"String\" value=\"standalone\"/>",
                "<property name=\"base.currency\" type=\"String\" value=\"EUR\"/>",
                "interface=\"javax.sql.DataSource\" target=\"(dataSourceName=accountsuccess)\"");
        for (String service : new String[] {"AccountDirectory", "SurveyRecords", "ContractBook", "ActivityLog",
            "ExchangeRates", "EmployeeSurveyRecords", "RevenueLedger", "FollowUpSink", "FollowUpUpdates",
            "AccessPolicy", "HostChanges"}) {
            assertThat(xml).contains("<provide interface=\"org.accountsuccess.host.spi." + service + "\"/>");
        }
        assertThat(xml).contains("<provide interface=\"org.accountsuccess.api.dataset.DataSetService\"/>");
    }
}
