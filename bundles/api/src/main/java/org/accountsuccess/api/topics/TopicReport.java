package org.accountsuccess.api.topics;

import java.util.List;

import org.accountsuccess.host.spi.DateWindow;

/**
 * What the comments of a window say.
 *
 * @param window the days whose responses count
 * @param previousWindow the window as long just before it, for the trend
 * @param currency the base currency of the ARR
 * @param responses valid responses of the window
 * @param comments those with a comment
 * @param german comments found to be German
 * @param english comments found to be English
 * @param otherLanguage comments in another language or too short to tell, left out
 * @param positive analysed comments with a positive sentiment
 * @param neutral those with a neutral one
 * @param negative those with a negative one
 * @param topics the topics, by mentions descending (then key)
 * @param detractorTerms terms detractors use significantly more than promoters (p below 0.05), by G² descending
 */
public record TopicReport(DateWindow window, DateWindow previousWindow, String currency, int responses, int comments,
        int german, int english, int otherLanguage, int positive, int neutral, int negative, List<Topic> topics,
        List<TermContrast> detractorTerms) {
    public TopicReport {
        topics = List.copyOf(topics);
        detractorTerms = List.copyOf(detractorTerms);
    }
}
