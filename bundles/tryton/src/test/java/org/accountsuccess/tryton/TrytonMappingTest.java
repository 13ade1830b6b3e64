package org.accountsuccess.tryton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Role;
import org.junit.jupiter.api.Test;

class TrytonMappingTest {

    @Test
    void theDefaultsMapTheUsualRelationTypes() {
        TrytonMapping mapping = TrytonMapping.from(TrytonHostIT.defaults(TrytonConfiguration.class));
        assertThat(mapping.roles()).isEqualTo(Map.of("Decision maker", Role.A, "Influencer", Role.B, "User", Role.C));
        assertThat(mapping.contractStates()).containsExactlyInAnyOrder("running", "closed");
        assertThat(mapping.noteDefaultType()).isEqualTo(ActivityType.OTHER);
        assertThat(mapping.renewalField()).isEqualTo("reference");
    }

    @Test
    void listsMayBeOneCommaSeparatedTextAsInACfgFile() {
        TrytonMapping mapping = TrytonMapping.from(TrytonHostIT.defaults(TrytonConfiguration.class, Map.of(
                "role_mapping", new String[] {"Buyer=A, Champion = B"}, "contract_states", new String[] {"running"})));
        assertThat(mapping.roles()).isEqualTo(Map.of("Buyer", Role.A, "Champion", Role.B));
        assertThat(mapping.contractStates()).containsExactly("running");
    }

    @Test
    void aBadValueNamesItsProperty() {
        assertThatThrownBy(() -> TrytonMapping.from(TrytonHostIT.defaults(TrytonConfiguration.class,
                Map.of("role_mapping", new String[] {"Decision maker=A", "Buyer=D"}))))
                .hasMessage("role.mapping: 'Buyer=D' is not '<relation type>=<A, B or C>', such as 'Decision maker=A'");
        assertThatThrownBy(() -> TrytonMapping.from(TrytonHostIT.defaults(TrytonConfiguration.class,
                Map.of("note_default_type", "chat")))).hasMessageStartingWith("note.default.type: unknown activity type 'chat'");
        assertThatThrownBy(() -> TrytonMapping.from(TrytonHostIT.defaults(TrytonConfiguration.class,
                Map.of("renewal_field", "reference; drop")))).hasMessage("renewal.field: 'reference; drop' is not a field name");
        assertThatThrownBy(() -> TrytonHost.endpoint(TrytonHostIT.defaults(TrytonConfiguration.class,
                Map.of("url", "localhost:8000")))).hasMessageStartingWith("org.accountsuccess.tryton: url: 'localhost:8000'");
        assertThatThrownBy(() -> TrytonHost.endpoint(TrytonHostIT.defaults(TrytonConfiguration.class,
                Map.of("refresh_seconds", 0)))).hasMessage("org.accountsuccess.tryton: refresh.seconds 0 must be at least 1");
    }

    @Test
    void surveysComeFromTrytonOnlyWhenASurveyModelIsSet() {
        assertThat(TrytonMapping.from(TrytonHostIT.defaults(TrytonConfiguration.class)).surveys()).isNull();
        TrytonSurveyMapping surveys = TrytonMapping.from(TrytonHostIT.defaults(TrytonConfiguration.class, Map.of(
                "survey_model", " crm.nps ", "survey_comment_field", "", "survey_drivers_field", "tags"))).surveys();
        assertThat(surveys).isEqualTo(new TrytonSurveyMapping("crm.nps", "contact", "answered_at", "score", null,
                "tags", "survey", null, null, null));
        assertThatThrownBy(() -> TrytonMapping.from(TrytonHostIT.defaults(TrytonConfiguration.class, Map.of(
                "survey_model", "crm.nps", "survey_score_field", "score, drop")))).hasMessage(
                "survey.score.field: 'score, drop' is not a field name");
        assertThatThrownBy(() -> TrytonMapping.from(TrytonHostIT.defaults(TrytonConfiguration.class, Map.of(
                "survey_model", "crm.nps", "survey_invitation_model", "crm.invite", "survey_invitation_sent_field",
                "")))).hasMessage("survey.invitation.sent.field: a field name is required");
        assertThatThrownBy(() -> TrytonMapping.from(TrytonHostIT.defaults(TrytonConfiguration.class, Map.of(
                "survey_model", "crm/nps")))).hasMessage("survey.model: 'crm/nps' is not a Tryton model name");
    }
}
