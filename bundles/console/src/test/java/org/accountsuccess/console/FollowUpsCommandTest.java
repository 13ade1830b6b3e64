package org.accountsuccess.console;

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
import org.accountsuccess.host.spi.FollowUp;
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

    private FollowUpQuery asked;

    private final FollowUpService service = new FollowUpService() {
        @Override
        public List<TrackedFollowUp> followUps(FollowUpQuery query) {
            asked = query;
            return query.overdueOnly() ? List.of(OVERDUE) : List.of(OVERDUE, DONE);
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
                Due        | Response | Account | Assignee | Kind                   | Host      | Status          | Title
                -----------+----------+---------+----------+------------------------+-----------+-----------------+-------------------------------------------------------------
                2026-11-12 | r-1      | acc-001 | u-rep1   | call_back              | submitted | OVERDUE         | Call back Liam Brown (con-1) of Cedar Medical GmbH, score 6
                2026-11-25 | r-2      | acc-002 | n/a      | thank_and_ask_referral | pending   | done 2026-11-12 | Thank and ask
                2 follow-up(s), 1 overdue
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
