package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.host.spi.FollowUpStatus;
import org.junit.jupiter.api.Test;

class FollowUpsCommandTest {
    private static final Instant CREATED = Instant.parse("2026-11-10T09:01:00Z");
    private static final TrackedFollowUp OVERDUE = new TrackedFollowUp(new FollowUp("r-1", "acc-001", "con-1", "u-rep1",
            FollowUp.Kind.CALL_BACK, LocalDate.of(2026, 11, 12), "Call back Liam Brown (con-1) of Cedar Medical GmbH,"
                    + " score 6 on 2026-11-10"), Instant.parse("2026-11-10T09:00:00Z"), CREATED,
            FollowUpState.SUBMITTED, Optional.empty(), true);
    private static final TrackedFollowUp DONE = new TrackedFollowUp(new FollowUp("r-2", "acc-002", "con-7", null,
            FollowUp.Kind.THANK_AND_ASK_REFERRAL, LocalDate.of(2026, 11, 25), "Thank\nand ask"),
            Instant.parse("2026-11-11T09:00:00Z"), CREATED, FollowUpState.PENDING,
            Optional.of(LocalDate.of(2026, 11, 12)), false);

    private static final TrackedFollowUp SNOOZED = new TrackedFollowUp(new FollowUp("act-1f2e", "acc-001", null,
            "u-rep1", FollowUp.Kind.RECOMMENDED_ACTION, LocalDate.of(2026, 11, 14), "Schedule a business review"),
            CREATED, CREATED, FollowUpState.SUBMITTED, Optional.empty(), false, FollowUpStatus.SNOOZED,
            Optional.of(LocalDate.of(2026, 11, 20)), "Back on the 20th", 2);

    private FollowUpQuery asked;
    private FollowUpEdit edited;
    private NewFollowUp created;

    private final FollowUpService service = new FollowUpService() {
        @Override
        public List<TrackedFollowUp> followUps(FollowUpQuery query) {
            asked = query;
            return query.overdueOnly() ? List.of(OVERDUE) : List.of(OVERDUE, DONE, SNOOZED);
        }

        @Override
        public Optional<TrackedFollowUp> followUp(String id, LocalDate asOf) {
            return Stream.of(OVERDUE, DONE, SNOOZED).filter(t -> t.id().equals(id)).findFirst();
        }

        @Override
        public List<FollowUpHistoryEntry> history(String id) {
            return List.of(new FollowUpHistoryEntry(1, CREATED, "closed-loop", "created", FollowUpStatus.OPEN,
                    Optional.empty(), "u-rep1", null));
        }

        @Override
        public FollowUpCreation create(NewFollowUp request, LocalDate asOf) {
            created = request;
            return new FollowUpCreation(true, SNOOZED);
        }

        @Override
        public Optional<TrackedFollowUp> change(FollowUpEdit edit, LocalDate asOf) {
            edited = edit;
            if (edit.version() != 1) {
                throw new StaleFollowUpException(edit.followUpId(), edit.version(), 1);
            }
            return Optional.of(DONE);
        }

        @Override
        public SweepReport sweep() {
            return new SweepReport(Instant.parse("2026-11-15T10:00:00Z"), LocalDate.of(2026, 11, 15), 3, 2, 1, 0, 4,
                    5, 12);
        }
    };

    @Test
    void listsEachFollowUpWithItsStatusAndCountsTheOverdue() throws Exception {
        FollowUpsCommand command = new FollowUpsCommand();
        command.followUps = service;
        String printed = Console.run(command);

        assertThat(asked.asOf()).isEqualTo(KnownFigures.TODAY);
        assertThat(asked.overdueOnly()).isFalse();
        assertThat(printed).isEqualTo("""
                Due        | Id       | Account | Assignee | Kind                   | Host      | Status                | Title
                -----------+----------+---------+----------+------------------------+-----------+-----------------------+-------------------------------------------------------------
                2026-11-12 | r-1      | acc-001 | u-rep1   | call_back              | submitted | OVERDUE               | Call back Liam Brown (con-1) of Cedar Medical GmbH, score 6
                2026-11-25 | r-2      | acc-002 | n/a      | thank_and_ask_referral | pending   | done 2026-11-12       | Thank and ask
                2026-11-14 | act-1f2e | acc-001 | u-rep1   | recommended_action     | submitted | snoozed to 2026-11-20 | Schedule a business review
                3 follow-up(s), 1 overdue
                """);
    }

    @Test
    void passesTheOptionsAndRefusesABadDay() throws Exception {
        FollowUpsCommand command = new FollowUpsCommand();
        command.followUps = service;
        command.overdue = true;
        command.assignee = "u-rep1";
        command.asOf = "2026-11-14";
        Console.run(command);
        assertThat(asked).isEqualTo(new FollowUpQuery(LocalDate.of(2026, 11, 14), true, "u-rep1",
                org.accountsuccess.api.AccountFilter.ALL));

        command.asOf = "14.11.2026";
        assertThatThrownBy(() -> Console.run(command))
                .hasMessage("--as-of: '14.11.2026' is not a date (expected YYYY-MM-DD)");
    }

    @Test
    void oneFollowUpWithItsHistory() throws Exception {
        FollowUpCommand command = new FollowUpCommand();
        command.followUps = service;
        command.id = "act-1f2e";
        assertThat(Console.run(command)).isEqualTo("""
                act-1f2e (version 2): Schedule a business review
                Account acc-001, assigned to u-rep1, due 2026-11-14, snoozed to 2026-11-20, host submitted
                Note: Back on the 20th
                Version | At                   | By          | What
                --------+----------------------+-------------+--------
                1       | 2026-11-10T09:01:00Z | closed-loop | created
                """);
        command.id = "r-9";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("no follow-up 'r-9'");
    }

    @Test
    void aChangeIsMadeOnTheVersionReadOrTheOneGiven() throws Exception {
        FollowUpCommand command = new FollowUpCommand();
        command.followUps = service;
        command.id = "r-1";
        command.done = true;
        command.note = "Called back";
        String printed = Console.run(command);
        assertThat(edited).isEqualTo(new FollowUpEdit("r-1", 1, FollowUpStatus.DONE, null, null, "Called back",
                "console"));
        assertThat(printed).startsWith("r-2 (version 1)");

        command.version = "3";
        assertThatThrownBy(() -> Console.run(command)).hasMessageContaining("at version 1, not 3");
        command.version = null;
        command.snooze = "2026-11-20";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("give one of --done, --reopen and --snooze");
        command.done = false;
        command.snooze = "2026-11-20";
        Console.run(command);
        assertThat(edited.snoozeUntil()).isEqualTo(LocalDate.of(2026, 11, 20));
        command.assignee = " ";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("--assign: is required");
    }

    @Test
    void aFollowUpForARecommendedAction() throws Exception {
        FollowUpCreateCommand command = new FollowUpCreateCommand();
        command.followUps = service;
        command.accountId = "acc-001";
        command.title = List.of("Schedule", "a", "business", "review");
        command.due = "2026-11-20";
        assertThat(Console.run(command)).isEqualTo("Created act-1f2e for acc-001, assigned to u-rep1, due 2026-11-14:"
                + " Schedule a business review\n");
        assertThat(created).isEqualTo(new NewFollowUp("acc-001", "Schedule a business review",
                LocalDate.of(2026, 11, 20), null, "console"));
    }

    @Test
    void aSweepPrintsWhatItDid() throws Exception {
        LoopSweepCommand command = new LoopSweepCommand();
        command.followUps = service;
        assertThat(Console.run(command)).isEqualTo("""
                Swept at                 | 2026-11-15T10:00:00Z
                As of                    | 2026-11-15
                New responses            | 3
                Follow-ups submitted     | 2
                Follow-ups pending       | 1
                Band changes             | 0
                Newly overdue            | 4
                Renewals entering window | 5
                Events posted            | 12
                """);
    }
}
