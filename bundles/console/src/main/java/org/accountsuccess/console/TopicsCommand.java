package org.accountsuccess.console;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

import org.accountsuccess.api.topics.TermContrast;
import org.accountsuccess.api.topics.Topic;
import org.accountsuccess.api.topics.TopicReport;
import org.accountsuccess.api.topics.TopicService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:topics}: what the comments of a window talk about, and what detractors say more than promoters. */
@Command(scope = ConsoleCommand.SCOPE, name = "topics",
        description = "Shows the topics of a window's survey comments (German and English, analysed in the JVM): per"
                + " topic its mentions, negative mentions, the NPS of the responses mentioning it, the ARR at stake"
                + " and the change of its share against the previous window; then the terms detractors use more"
                + " than promoters, with G² and p-value")
@Service
public class TopicsCommand extends SelectionCommand<TopicReport> {

    @Reference
    TopicService topics;

    @Option(name = "--from", description = "First day whose comments count, YYYY-MM-DD (default: a year before --to)")
    String from;

    @Option(name = "--to", description = "Last day whose comments count, YYYY-MM-DD (default: today)")
    String to;

    @Option(name = "--account", description = "Only this account's comments")
    @Completion(AccountIdCompleter.class)
    String account;

    @Override
    TopicReport figures() {
        LocalDate last = Input.date("--to", to, today());
        LocalDate first = Input.date("--from", from, last.minusYears(1).plusDays(1));
        var window = Input.window(first, last);
        if (account == null) {
            return topics.topics(window, filter());
        }
        return topics.topics(window, filter().withAccountIds(Set.of(account)));
    }

    @Override
    void print(TopicReport r) {
        out.println("Comments " + r.window().from() + " to " + r.window().to() + ": " + r.comments() + " of "
                + r.responses() + " responses; " + r.german() + " German, " + r.english() + " English, "
                + r.otherLanguage() + " other (left out); sentiment " + r.positive() + " positive, " + r.neutral()
                + " neutral, " + r.negative() + " negative");
        Table table = new Table().column("Topic", 28).number("Mentions").number("Negative").number("NPS")
                .number("Sentiment").number("Accounts at stake").number("ARR at stake (" + r.currency() + ")")
                .number("Share change (pts)").whenEmpty("No topic: too few comments.");
        for (Topic t : r.topics()) {
            table.row(Display.text(t.label()), t.mentions(), t.negativeMentions(), Display.nps(t.nps().value()),
                    String.format(Locale.ROOT, "%+.2f", t.meanSentiment()), t.accountsAtStake(),
                    Display.money(t.arrAtStake()), points(t.shareChange()));
        }
        table.print(out);
        out.println();
        out.println("What detractors say more than promoters (log-likelihood G², p < 0.05):");
        Table terms = new Table().column("Term", 28).number("Detractor comments").number("Promoter comments")
                .number("G²").number("p").whenEmpty("No term is significantly more frequent among detractors.");
        for (TermContrast c : r.detractorTerms()) {
            terms.row(Display.text(c.label()), c.detractorComments(), c.promoterComments(),
                    String.format(Locale.ROOT, "%.1f", c.gSquared()), String.format(Locale.ROOT, "%.2g", c.pValue()));
        }
        terms.print(out);
    }

    private static String points(OptionalDouble change) {
        return change.isPresent() ? String.format(Locale.ROOT, "%+.1f", change.getAsDouble()) : Display.NOT_AVAILABLE;
    }
}
