package org.accountsuccess.rest;

import static org.accountsuccess.rest.Fixtures.account;
import static org.accountsuccess.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.accountsuccess.api.followup.FollowUpQuery;
import org.accountsuccess.api.followup.FollowUpService;
import org.accountsuccess.api.followup.FollowUpState;
import org.accountsuccess.api.followup.SweepReport;
import org.accountsuccess.api.followup.TrackedFollowUp;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.json.RecordJsonWriter;
import org.accountsuccess.rest.problem.BadParameterException;
import org.junit.jupiter.api.Test;

class FollowUpsResourceTest {
    private final Account a1 = account("acc-001", "u-rep1", "Enterprise", 1);
    private final Account a2 = account("acc-002", "u-rep2", "Enterprise", 2);
    private FollowUpQuery asked;

    /** Answers one follow-up per account the query's filter lets through. */
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
                null, null);
        assertThat(page.items()).extracting(t -> t.followUp().accountId()).containsExactly("acc-001");
        assertThat(asked).isEqualTo(new FollowUpQuery(LocalDate.of(2026, 11, 15), true, null,
                asked.accounts()));
        assertThat(asked.accounts().accountIds()).containsExactly("acc-001");
        assertThat(RecordJsonWriter.write(page)).isEqualTo("{\"items\":[{\"followUp\":{\"responseId\":\"r-acc-001\","
                + "\"accountId\":\"acc-001\",\"contactId\":\"con-1\",\"assignee\":\"u-rep1\",\"kind\":\"call_back\","
                + "\"dueDate\":\"2026-11-12\",\"title\":\"Call back\"},\"answeredAt\":\"2026-11-10T09:00:00Z\","
                + "\"createdAt\":\"2026-11-10T09:01:00Z\",\"state\":\"submitted\",\"doneOn\":null,\"overdue\":true}],"
                + "\"total\":1,\"offset\":0,\"limit\":50}");
    }

    @Test
    void aManagerSeesEveryFollowUpAndMayAskForOneAssignee() {
        Page<TrackedFollowUp> page = resource.followUps(as("boss", ProductRole.MANAGER), null, null, " u-rep2 ",
                null, "1");
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).hasSize(1);
        assertThat(asked.assignee()).isEqualTo("u-rep2");
        assertThat(asked.asOf()).isEqualTo(LocalDate.now());
        assertThat(asked.accounts().accountIds()).isNull();
    }

    @Test
    void badParametersAreNamed() {
        var boss = as("boss", ProductRole.MANAGER);
        assertThatThrownBy(() -> resource.followUps(boss, "yesterday", null, null, null, null))
                .isInstanceOf(BadParameterException.class).hasMessage("asOf: 'yesterday' is not a date (expected YYYY-MM-DD)");
        assertThatThrownBy(() -> resource.followUps(boss, null, "maybe", null, null, null))
                .isInstanceOf(BadParameterException.class).hasMessage("overdue: 'maybe' is not true or false");
        assertThatThrownBy(() -> resource.followUps(boss, null, null, null, null, "501"))
                .isInstanceOf(BadParameterException.class);
    }
}
