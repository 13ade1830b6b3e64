package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.drivers.DriverReport;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.topics.CommentLanguage;
import org.accountsuccess.api.topics.CommentSentiment;
import org.accountsuccess.api.topics.SentimentLabel;
import org.accountsuccess.api.topics.TermContrast;
import org.accountsuccess.api.topics.Topic;
import org.accountsuccess.api.topics.TopicComment;
import org.accountsuccess.api.topics.TopicReport;
import org.accountsuccess.api.topics.TopicService;
import org.accountsuccess.host.spi.DateWindow;
import org.junit.jupiter.api.Test;

/** {@code as:topics} over a hand-made report. */
class TopicsCommandTest {
    private static final DateWindow QUARTER = new DateWindow(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-06-30"));
    private final List<Object> asked = new ArrayList<>();

    private TopicsCommand command() {
        TopicsCommand command = new TopicsCommand();
        command.topics = new TopicService() {
            @Override
            public TopicReport topics(DateWindow window, AccountFilter filter) {
                asked.add(window);
                asked.add(filter);
                TopicComment example = new TopicComment("r1", "A", Instant.parse("2026-05-10T12:00:00Z"), 3,
                        CommentLanguage.ENGLISH, "Wrong invoice, again.",
                        new CommentSentiment(SentimentLabel.NEGATIVE, -0.4588, "lexicon"));
                Topic invoice = new Topic("invoice", "invoice", 3, 3,
                        new NpsResult(OptionalDouble.of(-100), 3, 0, 0, 3, Optional.empty(), OptionalDouble.empty()),
                        -0.4588, 2, new BigDecimal("3600"), 0, OptionalDouble.of(300.0 / 7), List.of(example));
                return new TopicReport(window, window, "EUR", 9, 8, 1, 6, 1, 2, 1, 4, List.of(invoice),
                        List.of(new TermContrast("invoice", "invoice", 30, 10, 12.9715, 3.16e-4)));
            }

            @Override
            public Optional<TopicReport> accountTopics(String accountId, DateWindow window) {
                throw new AssertionError("not called");
            }

            @Override
            public Optional<String> topNegativeTopic(String accountId, DateWindow window) {
                throw new AssertionError("not called");
            }

            @Override
            public DriverReport topicDrivers(DateWindow window, AccountFilter filter, String key) {
                throw new AssertionError("not called");
            }

            @Override
            public List<TopicComment> comments(DateWindow window, AccountFilter filter, String key) {
                throw new AssertionError("not called");
            }
        };
        return command;
    }

    @Test
    void printsTheTopicsAndTheDetractorTermsForTheWindowAndAccount() throws Exception {
        TopicsCommand command = command();
        command.from = "2026-04-01";
        command.to = "2026-06-30";
        command.account = "A";
        String printed = Console.run(command);

        assertThat(asked).containsExactly(QUARTER, AccountFilter.ALL.withAccountIds(Set.of("A")));
        assertThat(printed).contains("Comments 2026-04-01 to 2026-06-30: 8 of 9 responses; 1 German, 6 English,"
                + " 1 other (left out); sentiment 2 positive, 1 neutral, 4 negative")
                .containsPattern("invoice +\\| +3 \\| +3 \\| -100.0 \\| +-0.46 \\| +2 \\| +3,600.00 \\| +\\+42.9")
                .containsPattern("invoice +\\| +30 \\| +10 \\| +13.0 \\| 0.00032");
    }

    @Test
    void anInvertedWindowIsRefused() {
        TopicsCommand command = command();
        command.from = "2026-07-01";
        command.to = "2026-06-30";
        assertThatThrownBy(() -> Console.run(command)).isInstanceOf(InputException.class).hasMessageContaining("inverted");
    }
}
