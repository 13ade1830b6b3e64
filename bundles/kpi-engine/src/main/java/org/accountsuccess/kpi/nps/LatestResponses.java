package org.accountsuccess.kpi.nps;

import java.util.Optional;

import org.accountsuccess.host.spi.SurveyResponse;

/**
 * A contact's latest valid response and the one before it, kept while responses stream past in
 * any order.
 */
public final class LatestResponses {
    private SurveyResponse latest;
    private SurveyResponse previous;

    public void offer(SurveyResponse response) {
        if (latest == null || ResponseOrder.isLater(response, latest)) {
            previous = latest;
            latest = response;
        } else if (!response.id().equals(latest.id())
                && (previous == null || ResponseOrder.isLater(response, previous))) {
            previous = response;
        }
    }

    public Optional<SurveyResponse> latest() {
        return Optional.ofNullable(latest);
    }

    public Optional<SurveyResponse> previous() {
        return Optional.ofNullable(previous);
    }
}
