package org.accountsuccess.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.accountsuccess.api.topics.Topic;
import org.accountsuccess.host.spi.DateWindow;
import org.junit.jupiter.api.Test;

class TopicTallyTest {
    private static final DateWindow WINDOW = new DateWindow(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"));
    private static final CommentAnalyzer ANALYZER = new CommentAnalyzer(null);

    /**
     * Three comments say "Rock solid product: not a single outage this year.", one "The product is
     * fine.". "product" (4) merges into "solid product" (3, at least two thirds of 4); "rock",
     * "single" and "outage" into their phrases; then "rock solid", "solid product", "single outage"
     * and "year" are mentioned by exactly the same three comments: one topic, named by the first
     * phrase, "rock solid".
     */
    @Test
    void termsOfExactlyTheSameCommentsAreOneTopic() {
        TopicTally tally = new TopicTally(WINDOW, WINDOW, 1.96);
        for (String id : new String[] {"r1", "r2", "r3"}) {
            String text = "Rock solid product: not a single outage this year.";
            tally.add(10, new CommentedResponse(id, "A", Instant.parse("2026-02-01T12:00:00Z"), 10, text,
                    ANALYZER.analyze(text)));
        }
        String other = "The product is fine.";
        tally.add(8, new CommentedResponse("r4", "B", Instant.parse("2026-02-02T12:00:00Z"), 8, other,
                ANALYZER.analyze(other)));

        assertThat(tally.report(Map.of(), "EUR").topics()).extracting(Topic::key, Topic::mentions)
                .containsExactly(tuple("rock solid", 3));
    }
}
