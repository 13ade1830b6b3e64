package org.accountsuccess.host.spi;

import java.time.Instant;

/**
 * A survey sent to a contact; response rate counts invited contacts.
 *
 * @param id the invitation id
 * @param surveyId the survey the invitation belongs to
 * @param contactId the contact invited
 * @param sentAt when it was sent
 */
public record SurveyInvitation(String id, String surveyId, String contactId, Instant sentAt) {
    public SurveyInvitation {
        Check.id("SurveyInvitation", id);
        Check.required("SurveyInvitation", id, "surveyId", surveyId);
        Check.required("SurveyInvitation", id, "contactId", contactId);
        Check.required("SurveyInvitation", id, "sentAt", sentAt);
    }
}
