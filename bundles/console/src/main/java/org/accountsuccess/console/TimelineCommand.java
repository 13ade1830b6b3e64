package org.accountsuccess.console;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.accountsuccess.api.timeline.ActivityTimeline;
import org.accountsuccess.api.timeline.ActivityTimelineService;
import org.accountsuccess.api.timeline.TimelineEvent;
import org.accountsuccess.api.timeline.TimelineEventType;
import org.accountsuccess.api.timeline.TimelineGap;
import org.accountsuccess.api.timeline.TimelineQuery;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** {@code as:timeline}: what happened when at an account, newest first, with the gaps. */
@Command(scope = ConsoleCommand.SCOPE, name = "timeline",
        description = "Shows an account's timeline newest first (activities, survey responses, contract events)"
                + " and the stretches without a meaningful touch longer than the tier allows")
@Service
public class TimelineCommand extends FigureCommand<ActivityTimeline> {

    @Reference
    ActivityTimelineService timelines;

    @Argument(name = "account", description = "The account id", required = true)
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Option(name = "--from", description = "First day shown, YYYY-MM-DD (default: a year before --to)")
    String from;

    @Option(name = "--to", description = "Last day shown, YYYY-MM-DD (default: today); the flags are as of this day")
    String to;

    @Option(name = "--type", multiValued = true,
            description = "Only entries of this type; repeat for several (default: every type)")
    @Completion(value = StringsCompleter.class, values = {"support_ticket", "business_review", "meeting", "call",
        "email", "marketing_email", "visit", "other", "survey_response", "contract_start", "contract_renewal",
        "contract_end"})
    List<String> types;

    @Option(name = "--topic", description = "Only the survey responses whose comments mention this topic"
            + " (a key of as:topics --json)")
    String topic;

    @Option(name = "--offset", description = "Entries to skip, newest first")
    String offset = "0";

    @Option(name = "--limit", description = "Most entries to show")
    String limit = "50";

    /** The page asked for, for the footer of the printout. */
    private TimelineQuery query;

    @Override
    ActivityTimeline figures() {
        LocalDate last = Input.date("--to", to, today());
        LocalDate first = Input.date("--from", from, last.minusYears(1).plusDays(1));
        Set<TimelineEventType> shown = EnumSet.noneOf(TimelineEventType.class);
        if (types != null) {
            types.forEach(t -> shown.add(Input.choice("--type", t, TimelineEventType.class, null)));
        }
        query = new TimelineQuery(Input.window(first, last), shown, Input.atLeast("--offset", offset, 0),
                Input.atLeast("--limit", limit, 1), topic);
        return Input.known(timelines.timeline(accountId, query), accountId);
    }

    @Override
    void print(ActivityTimeline timeline) {
        out.println("Account " + timeline.accountId() + ", " + timeline.window().from() + " to "
                + timeline.window().to() + (query.topic() == null ? "" : ", comments about \"" + query.topic() + "\""));
        Table events = new Table().column("Date").column("Type").column("Title", 60).column("Contact")
                .whenEmpty(query.topic() == null ? "No entries in this window."
                        : "No comment of this window mentions \"" + query.topic() + "\".");
        for (TimelineEvent e : timeline.events()) {
            events.row(e.date(), Display.code(e.type()), Display.text(e.title()),
                    e.contactId() == null ? "-" : e.contactId());
        }
        events.print(out);
        if (!timeline.events().isEmpty()) {
            out.println("Entries " + (query.offset() + 1) + "-" + (query.offset() + timeline.events().size()) + " of "
                    + timeline.total());
        }
        out.println();
        Table gaps = new Table().column("Gap from").column("to").number("Days")
                .whenEmpty("No gap longer than the tier allows.");
        for (TimelineGap gap : timeline.gaps()) {
            gaps.row(gap.from(), gap.to(), gap.days());
        }
        gaps.print(out);
        out.println("Communication: " + Display.communicationGap(timeline.communicationGap()));
        out.println("Over-contact:  " + Display.overContact(timeline.overContact()));
    }
}
