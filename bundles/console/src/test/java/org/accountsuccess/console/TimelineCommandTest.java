package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.accountsuccess.api.timeline.ActivityTimeline;
import org.accountsuccess.api.timeline.CommunicationGap;
import org.accountsuccess.api.timeline.OverContact;
import org.accountsuccess.api.timeline.TimelineEvent;
import org.accountsuccess.api.timeline.TimelineEventType;
import org.accountsuccess.api.timeline.TimelineGap;
import org.accountsuccess.api.timeline.TimelineQuery;
import org.accountsuccess.host.spi.DateWindow;
import org.junit.jupiter.api.Test;

class TimelineCommandTest {
    private final TimelineCommand command = new TimelineCommand();
    private TimelineQuery asked;

    TimelineCommandTest() {
        command.timelines = (accountId, query) -> {
            asked = query;
            return accountId.equals("acc-001") ? Optional.of(timeline(query.window())) : Optional.empty();
        };
        command.accountId = "acc-001";
    }

    private static ActivityTimeline timeline(DateWindow window) {
        return new ActivityTimeline("acc-001", window, 57, List.of(
                event("2026-11-10", TimelineEventType.SUPPORT_TICKET, "Export to CSV times out", "con-3"),
                event("2026-11-05", TimelineEventType.SURVEY_RESPONSE, "Score 3: <script>alert(1)</script>", "con-1"),
                event("2026-04-01", TimelineEventType.CONTRACT_RENEWAL, "Renewal ctr-0002 starts", null)),
                List.of(new TimelineGap(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 7, 20), 79)),
                new CommunicationGap(Optional.of(LocalDate.of(2026, 11, 10)), OptionalLong.of(5), 30, false),
                new OverContact(2, 8, 30, false));
    }

    private static TimelineEvent event(String day, TimelineEventType type, String title, String contactId) {
        LocalDate date = LocalDate.parse(day);
        return new TimelineEvent(date.atStartOfDay().toInstant(ZoneOffset.UTC), date, type, "src-" + day, contactId,
                title, null, null, null);
    }

    @Test
    void showsTheEventsNewestFirstAndTheGaps() throws Exception {
        assertThat(Console.run(command)).isEqualTo("""
                Account acc-001, 2025-11-16 to 2026-11-15
                Date       | Type             | Title                              | Contact
                -----------+------------------+------------------------------------+--------
                2026-11-10 | support_ticket   | Export to CSV times out            | con-3
                2026-11-05 | survey_response  | Score 3: <script>alert(1)</script> | con-1
                2026-04-01 | contract_renewal | Renewal ctr-0002 starts            | -
                Entries 1-3 of 57

                Gap from   | to         | Days
                -----------+------------+-----
                2026-05-02 | 2026-07-20 |   79
                Communication: ok: 5 days since the last touch on 2026-11-10 (limit 30)
                Over-contact:  ok: 2 marketing emails in 30 days (limit 8)
                """);
        assertThat(asked).isEqualTo(new TimelineQuery(new DateWindow(LocalDate.of(2025, 11, 16),
                KnownFigures.TODAY), Set.of(), 0, 50));
    }

    @Test
    void passesWindowTypesAndPage() throws Exception {
        command.from = "2026-01-01";
        command.to = "2026-06-30";
        command.types = List.of("support_ticket", "CALL");
        command.offset = "50";
        command.limit = "25";

        assertThat(Console.run(command)).contains("Entries 51-53 of 57");
        assertThat(asked).isEqualTo(new TimelineQuery(new DateWindow(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30)), Set.of(TimelineEventType.SUPPORT_TICKET, TimelineEventType.CALL), 50, 25));
    }

    @Test
    void passesATopicAndSaysItsEmptyPage() throws Exception {
        command.topic = " invoice ";
        command.timelines = (accountId, query) -> {
            asked = query;
            return Optional.of(new ActivityTimeline("acc-001", query.window(), 0, List.of(), List.of(),
                    new CommunicationGap(Optional.empty(), OptionalLong.empty(), 30, true), new OverContact(0, 8, 30, false)));
        };

        assertThat(Console.run(command)).startsWith("""
                Account acc-001, 2025-11-16 to 2026-11-15, comments about "invoice"
                Date | Type | Title | Contact
                -----+------+-------+--------
                No comment of this window mentions "invoice".
                """);
        assertThat(asked.topic()).isEqualTo("invoice");
    }

    @Test
    void badInputIsRefusedWithTheOptionNamed() {
        command.from = "2026-12-01";
        command.to = "2026-11-01";
        assertThatThrownBy(() -> Console.run(command)).isInstanceOf(InputException.class)
                .hasMessage("--from 2026-12-01 is after --to 2026-11-01: the window is inverted");

        command.from = "1 Nov";
        assertThatThrownBy(() -> Console.run(command))
                .hasMessage("--from: '1 Nov' is not a date (expected YYYY-MM-DD)");

        command.from = null;
        command.to = null;
        command.types = List.of("lunch");
        assertThatThrownBy(() -> Console.run(command)).hasMessageStartingWith("--type: 'lunch' is not one of "
                + "support_ticket, business_review, meeting, call, email, marketing_email, visit, other, ");

        command.types = null;
        command.limit = "0";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("--limit: '0' is not a whole number of at least 1");

        command.limit = "10";
        command.accountId = "acc-404";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("unknown account 'acc-404'");
    }
}
