package org.accountsuccess.rest;

import static org.accountsuccess.rest.Fixtures.account;
import static org.accountsuccess.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.ws.rs.core.Response;

import org.accountsuccess.api.followup.FollowUpCreation;
import org.accountsuccess.api.followup.FollowUpEdit;
import org.accountsuccess.api.followup.FollowUpHistoryEntry;
import org.accountsuccess.api.followup.FollowUpQuery;
import org.accountsuccess.api.followup.FollowUpService;
import org.accountsuccess.api.followup.FollowUpState;
import org.accountsuccess.api.followup.NewFollowUp;
import org.accountsuccess.api.followup.StaleFollowUpException;
import org.accountsuccess.api.followup.SweepReport;
import org.accountsuccess.api.followup.TrackedFollowUp;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.host.spi.FollowUpStatus;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.json.RecordJsonWriter;
import org.accountsuccess.rest.problem.AccountNotFoundException;
import org.accountsuccess.rest.problem.BadParameterException;
import org.accountsuccess.rest.problem.ConflictException;
import org.accountsuccess.rest.problem.UnknownResourceException;
import org.junit.jupiter.api.Test;

class FollowUpsResourceTest {
    private final Account a1 = account("acc-001", "u-rep1", "Enterprise", 1);
    private final Account a2 = account("acc-002", "u-rep2", "Enterprise", 2);
    private FollowUpQuery asked;
    private NewFollowUp created;
    private FollowUpEdit edited;

    /**
     * Answers one follow-up per account the query's filter lets through (r-acc-001, r-acc-002, at
     * version 1); creates a follow-up once per title; refuses a change that does not name version 1.
     */
    private final FollowUpService service = new FollowUpService() {
        @Override
        public List<TrackedFollowUp> followUps(FollowUpQuery query) {
            asked = query;
            return List.of(a1, a2).stream().filter(query.accounts()::matches).map(a -> tracked(a)).toList();
        }

        @Override
        public SweepReport sweep() {
            throw new UnsupportedOperationException("not over REST");
        }

        @Override
        public Optional<TrackedFollowUp> followUp(String id, LocalDate asOf) {
            return List.of(a1, a2).stream().map(a -> tracked(a)).filter(t -> t.id().equals(id)).findFirst();
        }

        @Override
        public List<FollowUpHistoryEntry> history(String id) {
            return List.of(new FollowUpHistoryEntry(1, Instant.parse("2026-11-10T09:01:00Z"), "closed-loop", "created",
                    FollowUpStatus.OPEN, Optional.empty(), "u-rep1", null));
        }

        @Override
        public FollowUpCreation create(NewFollowUp request, LocalDate asOf) {
            boolean first = created == null || !created.title().equals(request.title());
            created = request;
            return new FollowUpCreation(first, new TrackedFollowUp(new FollowUp("act-1", request.accountId(), null,
                    "u-rep1", FollowUp.Kind.RECOMMENDED_ACTION, asOf.plusDays(7), request.title()),
                    Instant.parse("2026-11-15T09:00:00Z"), Instant.parse("2026-11-15T09:00:00Z"),
                    FollowUpState.SUBMITTED, Optional.empty(), false));
        }

        @Override
        public Optional<TrackedFollowUp> change(FollowUpEdit edit, LocalDate asOf) {
            edited = edit;
            if (edit.version() != 1) {
                throw new StaleFollowUpException(edit.followUpId(), edit.version(), 1);
            }
            return followUp(edit.followUpId(), asOf);
        }
    };
    private final FollowUpsResource resource = new FollowUpsResource(service, Fixtures.ownerScopes(List.of(a1, a2)));

    private static TrackedFollowUp tracked(Account account) {
        return new TrackedFollowUp(new FollowUp("r-" + account.id(), account.id(), "con-1", account.owner(),
                FollowUp.Kind.CALL_BACK, LocalDate.of(2026, 11, 12), "Call back"),
                Instant.parse("2026-11-10T09:00:00Z"), Instant.parse("2026-11-10T09:01:00Z"), FollowUpState.SUBMITTED,
                Optional.empty(), true);
    }

    @Test
    void aRepSeesTheFollowUpsOfTheirAccountsOnly() throws Exception {
        Page<TrackedFollowUp> page = resource.followUps(as("u-rep1", ProductRole.REP), "2026-11-15", "true", null,
                null, null, null);
        assertThat(page.items()).extracting(t -> t.followUp().accountId()).containsExactly("acc-001");
        assertThat(asked).isEqualTo(new FollowUpQuery(LocalDate.of(2026, 11, 15), true, null,
                asked.accounts()));
        assertThat(asked.accounts().accountIds()).containsExactly("acc-001");
        assertThat(RecordJsonWriter.write(page)).isEqualTo("{\"items\":[{\"followUp\":{\"responseId\":\"r-acc-001\","
                + "\"accountId\":\"acc-001\",\"contactId\":\"con-1\",\"assignee\":\"u-rep1\",\"kind\":\"call_back\","
                + "\"dueDate\":\"2026-11-12\",\"title\":\"Call back\"},\"answeredAt\":\"2026-11-10T09:00:00Z\","
                + "\"createdAt\":\"2026-11-10T09:01:00Z\",\"state\":\"submitted\",\"doneOn\":null,\"overdue\":true,"
                + "\"status\":\"open\",\"snoozedUntil\":null,\"note\":null,\"version\":1}],"
                + "\"total\":1,\"offset\":0,\"limit\":50}");
    }

    @Test
    void aManagerSeesEveryFollowUpAndMayAskForOneAssignee() {
        Page<TrackedFollowUp> page = resource.followUps(as("boss", ProductRole.MANAGER), null, null, " u-rep2 ",
                null, null, "1");
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).hasSize(1);
        assertThat(asked.assignee()).isEqualTo("u-rep2");
        assertThat(asked.asOf()).isEqualTo(LocalDate.now());
        assertThat(asked.accounts().accountIds()).isNull();
    }

    @Test
    void aRepCreatesAFollowUpForAnActionOfTheirAccountOnceAndNotOnOthers() throws Exception {
        var rep = as("u-rep1", ProductRole.REP);
        Response first = resource.create(rep, null, body("{\"accountId\":\"acc-001\",\"title\":\"Schedule a QBR\"}"));
        Response again = resource.create(rep, null, body("{\"accountId\":\"acc-001\",\"title\":\"Schedule a QBR\"}"));

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(((TrackedFollowUp) again.getEntity()).id()).isEqualTo("act-1");
        assertThat(created).isEqualTo(new NewFollowUp("acc-001", "Schedule a QBR", null, null, "u-rep1"));
        assertThatThrownBy(() -> resource.create(rep, null, body("{\"accountId\":\"acc-002\",\"title\":\"x\"}")))
                .isInstanceOf(AccountNotFoundException.class).hasMessage("no account 'acc-002'");
        assertThatThrownBy(() -> resource.create(rep, null, body("{\"accountId\":\"acc-001\"}")))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("title"))
                .hasMessage("title: is required");
        assertThatThrownBy(() -> resource.create(rep, null, body("{\"accountId\":\"acc-001\",\"title\":\"x\","
                + "\"dueDate\":\"soon\"}"))).isInstanceOfSatisfying(BadParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("dueDate"));
        assertThatThrownBy(() -> resource.create(rep, null, body("{\"account\":\"acc-001\"}")))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("account"));
    }

    @Test
    void oneFollowUpWithItsHistoryOnlyForWhoSeesItsAccount() {
        FollowUpDetail detail = resource.followUp(as("u-rep1", ProductRole.REP), "r-acc-001", null);
        assertThat(detail.followUp().id()).isEqualTo("r-acc-001");
        assertThat(detail.history()).extracting(FollowUpHistoryEntry::what).containsExactly("created");
        assertThatThrownBy(() -> resource.followUp(as("u-rep1", ProductRole.REP), "r-acc-002", null))
                .isInstanceOf(UnknownResourceException.class).hasMessage("no follow-up 'r-acc-002'");
        assertThatThrownBy(() -> resource.followUp(as("boss", ProductRole.MANAGER), "nope", null))
                .isInstanceOf(UnknownResourceException.class);
    }

    @Test
    void aChangeNamesItsVersionAndAStaleOneIsAConflict() throws Exception {
        var rep = as("u-rep1", ProductRole.REP);
        TrackedFollowUp after = resource.change(rep, "r-acc-001", "2026-11-15",
                body("{\"version\":1,\"status\":\"snoozed\",\"snoozeUntil\":\"2026-12-01\",\"note\":\"Back from leave\"}"));
        assertThat(after.id()).isEqualTo("r-acc-001");
        assertThat(edited).isEqualTo(new FollowUpEdit("r-acc-001", 1, FollowUpStatus.SNOOZED, LocalDate.of(2026, 12, 1),
                null, "Back from leave", "u-rep1"));

        assertThatThrownBy(() -> resource.change(rep, "r-acc-001", null, body("{\"version\":3,\"status\":\"done\"}")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("at version 1, not 3");
        assertThatThrownBy(() -> resource.change(rep, "r-acc-002", null, body("{\"version\":1,\"status\":\"done\"}")))
                .as("another rep's account").isInstanceOf(UnknownResourceException.class);
    }

    @Test
    void aBadChangeNamesItsField() {
        var rep = as("u-rep1", ProductRole.REP);
        assertThat(parameterOf(() -> resource.change(rep, "r-acc-001", null, body("{\"status\":\"done\"}"))))
                .isEqualTo("version");
        assertThat(parameterOf(() -> resource.change(rep, "r-acc-001", null, body("{\"version\":\"1\",\"status\":\"done\"}"))))
                .isEqualTo("version");
        assertThat(parameterOf(() -> resource.change(rep, "r-acc-001", null, body("{\"version\":1,\"status\":\"later\"}"))))
                .isEqualTo("status");
        assertThat(parameterOf(() -> resource.change(rep, "r-acc-001", null, body("{\"version\":1,\"status\":\"snoozed\"}"))))
                .isEqualTo("snoozeUntil");
        assertThat(parameterOf(() -> resource.change(rep, "r-acc-001", null, body("{\"version\":1,\"assignee\":\" \"}"))))
                .isEqualTo("assignee");
        assertThat(parameterOf(() -> resource.change(rep, "r-acc-001", null, body("{\"version\":1}"))))
                .isEqualTo("body");
        assertThat(parameterOf(() -> resource.change(rep, "r-acc-001", null, body("{\"version\":1,\"note\":7}"))))
                .isEqualTo("note");
    }

    private static String parameterOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(BadParameterException.class);
        return ((BadParameterException) thrown).parameter();
    }

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oneAccountsFollowUpsWithinWhatTheCallerSees() {
        assertThat(resource.followUps(as("boss", ProductRole.MANAGER), null, null, null, "acc-002", null, null).items())
                .extracting(TrackedFollowUp::id).containsExactly("r-acc-002");
        assertThat(resource.followUps(as("u-rep1", ProductRole.REP), null, null, null, "acc-002", null, null).items())
                .isEmpty();
    }

    @Test
    void badParametersAreNamed() {
        var boss = as("boss", ProductRole.MANAGER);
        assertThatThrownBy(() -> resource.followUps(boss, "yesterday", null, null, null, null, null))
                .isInstanceOf(BadParameterException.class).hasMessage("asOf: 'yesterday' is not a date (expected YYYY-MM-DD)");
        assertThatThrownBy(() -> resource.followUps(boss, null, "maybe", null, null, null, null))
                .isInstanceOf(BadParameterException.class).hasMessage("overdue: 'maybe' is not true or false");
        assertThatThrownBy(() -> resource.followUps(boss, null, null, null, null, null, "501"))
                .isInstanceOf(BadParameterException.class);
    }
}
