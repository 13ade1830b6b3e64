package org.accountsuccess.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.dataset.DataSetService;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.api.event.AccountSuccessEvents;
import org.accountsuccess.api.followup.FollowUpQuery;
import org.accountsuccess.api.followup.FollowUpService;
import org.accountsuccess.api.followup.SweepReport;
import org.accountsuccess.api.followup.TrackedFollowUp;
import org.accountsuccess.host.spi.FollowUp;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The closed loop in the distribution, on the standalone store: an import triggers a sweep that
 * creates exactly one row in the store's {@code follow_ups} per new response and posts
 * {@code RESPONSE_ARRIVED} with the documented properties; importing the same files again (merge,
 * then replace) creates nothing more.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ClosedLoopIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    private BundleContext context;
    @Inject
    private DataSetService dataSets;
    @Inject
    private FollowUpService followUps;
    @Inject
    @Filter("(dataSourceName=accountsuccess)")
    private DataSource store;

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private ServiceRegistration<EventHandler> listener;

    @Configuration
    public Option[] config() {
        // no demo data, and no scheduled sweep during the test: only the import triggers one
        return KarafDistribution.options(editConfigurationFilePut("etc/org.accountsuccess.demo.cfg", "load", "false"),
                editConfigurationFilePut("etc/org.accountsuccess.loop.cfg", "interval.seconds", "3600"));
    }

    @Before
    public void listen() {
        listener = context.registerService(EventHandler.class, events::add, new java.util.Hashtable<>(
                Map.of(EventConstants.EVENT_TOPIC, "org/accountsuccess/*")));
    }

    @After
    public void stopListening() {
        listener.unregister();
    }

    @Test
    public void oneFollowUpPerNewResponseWhateverIsReimported() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Path set = dataSet(now);

        dataSets.importDataSet(set, ImportMode.MERGE, ImportProgress.NONE);

        // three responses in the last 14 days; the one of 40 days ago is history and gets none
        await().atMost(WAIT).untilAsserted(() -> assertThat(storedFollowUps()).isEqualTo(Map.of(
                "loop-r1", "call_back|owner-1", "loop-r2", "engage|owner-1", "loop-r3", "thank_and_ask_referral|")));
        await().atMost(WAIT).untilAsserted(() -> assertThat(arrived()).hasSize(3));
        Event detractor = arrived().stream().filter(e -> e.getProperty(AccountSuccessEvents.RESPONSE_ID)
                .equals("loop-r1")).findFirst().orElseThrow();
        Map<String, Object> properties = new HashMap<>();
        for (String name : detractor.getPropertyNames()) {
            properties.put(name, detractor.getProperty(name));
        }
        properties.remove(EventConstants.EVENT_TOPIC);
        properties.remove(EventConstants.TIMESTAMP); // Felix Event Admin adds it to every event
        assertThat(properties).containsOnlyKeys(AccountSuccessEvents.EVENT_ID, AccountSuccessEvents.ACCOUNT_ID,
                AccountSuccessEvents.OCCURRED_AT, AccountSuccessEvents.RESPONSE_ID, AccountSuccessEvents.CONTACT_ID,
                AccountSuccessEvents.SCORE, AccountSuccessEvents.LOYALTY_CLASS, AccountSuccessEvents.ANSWERED_AT);
        assertThat(properties).containsEntry(AccountSuccessEvents.EVENT_ID, "response-arrived:loop-r1")
                .containsEntry(AccountSuccessEvents.ACCOUNT_ID, "loop-a1")
                .containsEntry(AccountSuccessEvents.CONTACT_ID, "loop-c1")
                .containsEntry(AccountSuccessEvents.SCORE, 3)
                .containsEntry(AccountSuccessEvents.LOYALTY_CLASS, "DETRACTOR")
                .containsEntry(AccountSuccessEvents.ANSWERED_AT, now.minus(3, ChronoUnit.DAYS).toString());
        assertThat(events).anyMatch(e -> e.getTopic().equals(AccountSuccessEvents.DATASET_IMPORTED));

        dataSets.importDataSet(set, ImportMode.MERGE, ImportProgress.NONE);
        dataSets.importDataSet(set, ImportMode.REPLACE, ImportProgress.NONE);
        SweepReport after = followUps.sweep(); // waits for the sweeps the imports started
        assertThat(after.newResponses()).isZero();
        assertThat(after.pending()).isZero();
        assertThat(storedFollowUps()).hasSize(3);
        assertThat(arrived()).hasSize(3);

        // the detractor's call back was due 3 - 2 = 1 day ago and nobody touched the account: overdue
        List<TrackedFollowUp> overdue = followUps.followUps(new FollowUpQuery(today, true, null, AccountFilter.ALL));
        assertThat(overdue).extracting(t -> t.followUp().responseId()).containsExactly("loop-r1");
        assertThat(overdue.get(0).followUp().kind()).isEqualTo(FollowUp.Kind.CALL_BACK);
        assertThat(overdue.get(0).followUp().dueDate()).isEqualTo(today.minusDays(1));
        assertThat(events).filteredOn(e -> e.getTopic().equals(AccountSuccessEvents.FOLLOW_UP_OVERDUE))
                .extracting(e -> e.getProperty(AccountSuccessEvents.EVENT_ID)).containsExactly("followup-overdue:loop-r1");
    }

    private List<Event> arrived() {
        return events.stream().filter(e -> e.getTopic().equals(AccountSuccessEvents.RESPONSE_ARRIVED)).toList();
    }

    /** The store's follow-up tasks: response id to "kind|assignee". */
    private Map<String, String> storedFollowUps() throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Connection c = store.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM follow_ups")) {
            while (rs.next()) {
                String assignee = rs.getString("assignee");
                rows.put(rs.getString("response_id"), rs.getString("kind").toLowerCase(java.util.Locale.ROOT) + "|"
                        + (assignee == null ? "" : assignee));
            }
        }
        return rows;
    }

    /** Two accounts, three contacts, responses 3, 2 and 1 days ago and one 40 days ago. */
    private static Path dataSet(Instant now) throws IOException {
        Path folder = Files.createTempDirectory("closed-loop-set");
        write(folder.resolve("accounts.csv"), "account_id,name,owner,segment,tier",
                "loop-a1,Loop Alpha GmbH,owner-1,Enterprise,1", "loop-a2,Loop Beta Ltd,,SMB,3");
        write(folder.resolve("contacts.csv"), "contact_id,account_id,name,role,active",
                "loop-c1,loop-a1,Ada Alpha,A,true", "loop-c2,loop-a1,Ben Alpha,B,true", "loop-c3,loop-a2,Cy Beta,C,true");
        write(folder.resolve("responses.csv"), "response_id,contact_id,answered_at,score,survey_id,comment",
                "loop-r1,loop-c1," + now.minus(3, ChronoUnit.DAYS) + ",3,s1,",
                "loop-r2,loop-c2," + now.minus(2, ChronoUnit.DAYS) + ",8,s1,",
                "loop-r3,loop-c3," + now.minus(1, ChronoUnit.DAYS) + ",10,s1,",
                "loop-r0,loop-c1," + now.minus(40, ChronoUnit.DAYS) + ",0,s1,");
        return folder;
    }

    private static void write(Path file, String header, String... rows) throws IOException {
        Files.writeString(file, header + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
    }
}
