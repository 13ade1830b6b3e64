package org.accountsuccess.tryton;

/**
 * Which Tryton model holds survey responses (and optionally invitations), and which of its fields
 * hold what (see {@link TrytonConfiguration}, properties {@code survey.*}).
 *
 * @param responseModel the response model, such as {@code account_success.survey.response}
 * @param contactField many2one to {@code party.party}: the contact who answered
 * @param answeredField datetime: when
 * @param scoreField integer 0..10
 * @param commentField text, or {@code null}
 * @param driversField semicolon-separated driver tags, or {@code null}
 * @param surveyField text naming the survey (on both models), or {@code null}
 * @param invitationModel the invitation model, or {@code null} (no invitations)
 * @param invitationContactField many2one to {@code party.party}: the contact invited ({@code null}
 *        without an invitation model)
 * @param invitationSentField datetime: when it was sent (likewise)
 */
public record TrytonSurveyMapping(String responseModel, String contactField, String answeredField,
        String scoreField, String commentField, String driversField, String surveyField, String invitationModel,
        String invitationContactField, String invitationSentField) {
    private static final String MODEL = "[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*";
    private static final String FIELD = "[a-z_][a-z0-9_]*";

    public TrytonSurveyMapping {
        responseModel = model("survey.model", responseModel);
        if (responseModel == null) {
            throw new IllegalArgumentException("survey.model: a Tryton model is required");
        }
        contactField = field("survey.contact.field", contactField, true);
        answeredField = field("survey.answered.field", answeredField, true);
        scoreField = field("survey.score.field", scoreField, true);
        commentField = field("survey.comment.field", commentField, false);
        driversField = field("survey.drivers.field", driversField, false);
        surveyField = field("survey.id.field", surveyField, false);
        invitationModel = model("survey.invitation.model", invitationModel);
        invitationContactField = invitationModel == null ? null
                : field("survey.invitation.contact.field", invitationContactField, true);
        invitationSentField = invitationModel == null ? null
                : field("survey.invitation.sent.field", invitationSentField, true);
    }

    /** The survey source the configuration describes, or {@code null} when {@code survey.model} is empty. */
    static TrytonSurveyMapping from(TrytonConfiguration config) {
        if (config.survey_model() == null || config.survey_model().isBlank()) {
            return null;
        }
        return new TrytonSurveyMapping(config.survey_model(), config.survey_contact_field(),
                config.survey_answered_field(), config.survey_score_field(), config.survey_comment_field(),
                config.survey_drivers_field(), config.survey_id_field(), config.survey_invitation_model(),
                config.survey_invitation_contact_field(), config.survey_invitation_sent_field());
    }

    private static String model(String property, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String model = value.strip();
        if (!model.matches(MODEL)) {
            throw new IllegalArgumentException(property + ": '" + value + "' is not a Tryton model name");
        }
        return model;
    }

    private static String field(String property, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(property + ": a field name is required");
            }
            return null;
        }
        String field = value.strip();
        if (!field.matches(FIELD)) {
            throw new IllegalArgumentException(property + ": '" + value + "' is not a field name");
        }
        return field;
    }
}
