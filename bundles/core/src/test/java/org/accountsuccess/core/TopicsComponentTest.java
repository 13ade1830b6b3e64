package org.accountsuccess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.drivers.DriverImpact;
import org.accountsuccess.api.drivers.DriverReport;
import org.accountsuccess.api.topics.Topic;
import org.accountsuccess.api.topics.TopicComment;
import org.accountsuccess.api.topics.TopicReport;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.DriverTag;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.Test;

/**
 * Topics of a quarter worked by hand. Accounts A (ARR 12 × 100 = 1200), B (2400), C (600). The
 * quarter 2026-04-01..06-30 has nine responses: six English comments, one German, one French
 * (left out), one without a comment; the previous quarter one English comment.
 * <ul>
 * <li>Candidate terms need max(3, 1 % of 7) = 3 mentions: "support" 4, "team" 4, "support team" 4,
 * "invoice" 3 (invoice, invoices); "wrong" 2 and "great" are opinions anyway. "support" and
 * "team" merge into "support team" (4 ≥ 2/3 × 4).</li>
 * <li>"support team": scores 10, 9, 6, 8: NPS 100 × (2 - 1) / 4 = 25; one negative mention (r5, a
 * detractor), so B's 2400 at stake; share 4/7 = 57.14 % against 1/1 before: -42.86 points.</li>
 * <li>"invoice": scores 2, 3, 6: NPS -100; all three negative, accounts A and B: 3600 at stake;
 * share 3/7 = 42.86 % against none before. Examples: the three, all at sentiment -2 (wrong, wrong,
 * slow: -2 / sqrt(19)), newest first.</li>
 * </ul>
 */
class TopicsComponentTest {
    private static final DateWindow QUARTER = new DateWindow(LocalDate.parse("2026-04-01"),
            LocalDate.parse("2026-06-30"));
    private final TestHost host = commentedQuarter();
    private final TopicsComponent topics = new TopicsComponent(host.binding(), KpiParameters::defaults, null);

    /** The three accounts and their comments of the class comment (also TimelineComponentTest's topic filter). */
    static TestHost commentedQuarter() {
        TestHost host = new TestHost();
        host.account("A", "Acme", "rep1", "smb", 2, null);
        host.account("B", "Beta", "rep1", "smb", 2, null);
        host.account("C", "Gamma", "rep2", "smb", 2, null);
        host.contact("ca", "A", Role.A, true);
        host.contact("cb", "B", Role.A, true);
        host.contact("cc", "C", Role.A, true);
        host.contract("ka", "A", "2026-01-01", null, "100", false, null);
        host.contract("kb", "B", "2026-01-01", null, "200", false, null);
        host.contract("kc", "C", "2026-01-01", null, "50", false, null);
        comment(host, "r0", "cc", "2026-02-01", 9, "Support team was great.");
        comment(host, "r1", "ca", "2026-04-10", 2, "The invoice was wrong again.");
        comment(host, "r2", "ca", "2026-05-10", 3, "Wrong invoice, again.");
        comment(host, "r3", "cb", "2026-04-12", 10, "Great support team!");
        comment(host, "r4", "cc", "2026-04-20", 9, "The support team is helpful.");
        comment(host, "r5", "cb", "2026-06-10", 6, "Invoices are late and the support team is slow.");
        comment(host, "r6", "cc", "2026-06-11", 8, "Support team answers fast, as always.");
        comment(host, "r7", "ca", "2026-06-20", 5, "Die Rechnung ist schon wieder falsch.");
        comment(host, "r8", "cc", "2026-06-21", 8, "Très bon produit.");
        comment(host, "r9", "cc", "2026-06-22", 10, null);
        return host;
    }

    private static void comment(TestHost host, String id, String contact, String day, int score, String text) {
        host.responses.add(new SurveyResponse(id, contact, TestHost.at(day), score, "s1", text, List.of()));
    }

    @Test
    void theQuartersTopicsWithNpsArrAtStakeAndTrend() {
        TopicReport report = topics.topics(QUARTER, AccountFilter.ALL);

        assertThat(report.previousWindow()).isEqualTo(new DateWindow(LocalDate.parse("2025-12-31"),
                LocalDate.parse("2026-03-31")));
        assertThat(List.of(report.responses(), report.comments(), report.english(), report.german(),
                report.otherLanguage())).containsExactly(9, 8, 6, 1, 1);
        // negative: r1, r2 (wrong), r5 (slow), r7 (falsch); positive: r3 (great), r4 (helpful); r6 neutral
        assertThat(List.of(report.positive(), report.neutral(), report.negative())).containsExactly(2, 1, 4);
        assertThat(report.topics()).extracting(Topic::key, Topic::label, Topic::mentions, Topic::negativeMentions,
                Topic::accountsAtStake, Topic::previousMentions)
                .containsExactly(tuple("support team", "support team", 4, 1, 1, 1),
                        tuple("invoice", "invoice", 3, 3, 2, 0));
        Topic team = report.topics().get(0);
        assertThat(team.nps().value().getAsDouble()).isCloseTo(25, within(1e-9));
        assertThat(team.arrAtStake()).isEqualByComparingTo("2400");
        assertThat(team.shareChange().getAsDouble()).isCloseTo(400.0 / 7 - 100, within(1e-9));
        Topic invoice = report.topics().get(1);
        assertThat(invoice.nps().value().getAsDouble()).isCloseTo(-100, within(1e-9));
        assertThat(invoice.arrAtStake()).isEqualByComparingTo("3600");
        assertThat(invoice.shareChange().getAsDouble()).isCloseTo(300.0 / 7, within(1e-9));
        assertThat(invoice.examples()).extracting(TopicComment::responseId).containsExactly("r5", "r2", "r1");
        assertThat(invoice.meanSentiment()).isCloseTo(-2 / Math.sqrt(19), within(1e-9));
        assertThat(report.detractorTerms()).isEmpty();
    }

    @Test
    void aTopicsCommentsNewestFirstAndOneAccountsTopics() {
        assertThat(topics.comments(QUARTER, AccountFilter.ALL, "invoice")).extracting(TopicComment::responseId)
                .containsExactly("r5", "r2", "r1");
        assertThat(topics.comments(QUARTER, AccountFilter.ALL, "nothing")).isEmpty();

        TopicReport a = topics.accountTopics("A", QUARTER).orElseThrow();
        // A: r1, r2 (invoice twice) and r7; min 3 mentions: no topic
        assertThat(a.comments()).isEqualTo(3);
        assertThat(a.topics()).isEmpty();
        assertThat(topics.accountTopics("nobody", QUARTER)).isEmpty();
    }

    /** A: invoice twice negatively; B: r5 mentions both topics, the first listed wins; C: nothing negative. */
    @Test
    void theTopicAnAccountMentionsMostOftenNegatively() {
        assertThat(topics.topNegativeTopic("A", QUARTER)).contains("invoice");
        assertThat(topics.topNegativeTopic("B", QUARTER)).contains("support team");
        assertThat(topics.topNegativeTopic("C", QUARTER)).isEmpty();
        assertThat(topics.topNegativeTopic("nobody", QUARTER)).isEmpty();
    }

    /** The drivers of only the invoice comments: r1 (A) tags billing, r3 (B, not about invoices) tags support. */
    @Test
    void theDriversOfTheResponsesMentioningATopic() {
        host.responses.replaceAll(r -> switch (r.id()) {
            case "r1" -> withDrivers(r, "-billing");
            case "r3" -> withDrivers(r, "+support");
            default -> r;
        });
        DriverReport invoice = topics.topicDrivers(QUARTER, AccountFilter.ALL, "invoice");

        assertThat(invoice.responses()).isEqualTo(3);
        assertThat(invoice.byDetractorMentions()).extracting(DriverImpact::driver, DriverImpact::detractorMentions,
                DriverImpact::accountsAtStake).containsExactly(tuple("billing", 1, 1));
        assertThat(invoice.byDetractorMentions().get(0).arrAtStake()).isEqualByComparingTo("1200");
    }

    private static SurveyResponse withDrivers(SurveyResponse r, String tag) {
        return new SurveyResponse(r.id(), r.contactId(), r.answeredAt(), r.score(), r.surveyId(), r.comment(),
                List.of(DriverTag.parse(tag)));
    }
}
