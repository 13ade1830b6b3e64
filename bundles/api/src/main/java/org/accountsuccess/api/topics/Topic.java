package org.accountsuccess.api.topics;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

import org.accountsuccess.api.nps.NpsResult;

/**
 * A topic of the comments of a window: a key term or phrase with the variants merged into it.
 *
 * @param key the merged form (stemmed, lower case, umlauts folded): what {@code topic=} selects
 * @param label the form written most often, for display
 * @param mentions comments of the window that mention it
 * @param negativeMentions those from detractors (score 0-6) or with a negative sentiment
 * @param nps the NPS of the responses whose comments mention it
 * @param meanSentiment the mean sentiment score of those comments
 * @param accountsAtStake distinct accounts with a negative mention
 * @param arrAtStake the ARR of those accounts on the window's last day, each counted once
 * @param previousMentions comments of the previous window (as long, ending the day before) that mention it
 * @param shareChange the change of its share of the analysed comments against the previous
 *        window, in percentage points; empty when the previous window has no analysed comment
 * @param examples up to three comments mentioning it, the most negative first
 */
public record Topic(String key, String label, int mentions, int negativeMentions, NpsResult nps,
        double meanSentiment, int accountsAtStake, BigDecimal arrAtStake, int previousMentions,
        OptionalDouble shareChange, List<TopicComment> examples) {
    public Topic {
        examples = List.copyOf(examples);
    }
}
