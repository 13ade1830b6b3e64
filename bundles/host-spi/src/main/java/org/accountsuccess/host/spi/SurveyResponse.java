package org.accountsuccess.host.spi;

import java.time.Instant;
import java.util.List;

/**
 * A contact's answer to the recommendation question.
 *
 * @param id the response id; ties between responses at the same instant are broken by the larger id
 * @param contactId the contact who answered
 * @param answeredAt when they answered
 * @param score 0..10
 * @param surveyId or {@code null}
 * @param comment free text, untrusted; or {@code null}
 * @param drivers the reasons tagged on the response, possibly empty
 */
public record SurveyResponse(String id, String contactId, Instant answeredAt, int score, String surveyId,
        String comment, List<DriverTag> drivers) {
    public SurveyResponse {
        Check.id("SurveyResponse", id);
        Check.required("SurveyResponse", id, "contactId", contactId);
        Check.required("SurveyResponse", id, "answeredAt", answeredAt);
        Check.score("SurveyResponse", id, score);
        surveyId = Check.optional(surveyId);
        comment = Check.optional(comment);
        drivers = drivers == null ? List.of() : List.copyOf(drivers);
    }
}
