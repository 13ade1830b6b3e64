package org.accountsuccess.kpi.nps;

import java.util.Comparator;

import org.accountsuccess.host.spi.SurveyResponse;

/** Which of two responses is the later: by {@code answeredAt}, ties broken by the larger id in plain string order. */
public final class ResponseOrder {
    /** Orders responses from earliest to latest. */
    public static final Comparator<SurveyResponse> CHRONOLOGICAL =
            Comparator.comparing(SurveyResponse::answeredAt).thenComparing(SurveyResponse::id);

    private ResponseOrder() {
    }

    public static boolean isLater(SurveyResponse candidate, SurveyResponse than) {
        return CHRONOLOGICAL.compare(candidate, than) > 0;
    }
}
