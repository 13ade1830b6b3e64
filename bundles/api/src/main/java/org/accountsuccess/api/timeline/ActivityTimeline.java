package org.accountsuccess.api.timeline;

import java.util.List;

import org.accountsuccess.host.spi.DateWindow;

/**
 * One page of an account's timeline, newest first, with the account's communication flags.
 *
 * @param accountId the account
 * @param window the days shown
 * @param total entries in the window (all pages)
 * @param events this page's entries, newest first
 * @param gaps stretches in the window without a meaningful touch longer than the tier's limit, oldest first
 * @param communicationGap the flag as of the window's last day
 * @param overContact the flag as of the window's last day
 */
public record ActivityTimeline(String accountId, DateWindow window, int total, List<TimelineEvent> events,
        List<TimelineGap> gaps, CommunicationGap communicationGap, OverContact overContact) {
    public ActivityTimeline {
        events = List.copyOf(events);
        gaps = List.copyOf(gaps);
    }
}
