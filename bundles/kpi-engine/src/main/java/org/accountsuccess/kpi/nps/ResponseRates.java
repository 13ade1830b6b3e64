package org.accountsuccess.kpi.nps;

import java.util.HashSet;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.accountsuccess.api.nps.ResponseRate;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyResponse;

/**
 * Response rate: distinct invited contacts with a valid response / distinct contacts invited, both
 * in the window. A response from a contact who was not invited in the window is not counted, so
 * the rate never exceeds 1.
 */
public final class ResponseRates {
    private ResponseRates() {
    }

    /**
     * @param invitations the invitations sent in the window
     * @param responses the responses answered in the window
     * @param counted which contacts count (those of the selected accounts)
     */
    public static ResponseRate of(Stream<SurveyInvitation> invitations, Stream<SurveyResponse> responses,
            Predicate<String> counted) {
        Set<String> invited = new HashSet<>();
        invitations.map(SurveyInvitation::contactId).filter(counted).forEach(invited::add);
        Set<String> responded = new HashSet<>();
        responses.map(SurveyResponse::contactId).filter(invited::contains).forEach(responded::add);
        return new ResponseRate(invited.size(), responded.size(), invited.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of((double) responded.size() / invited.size()));
    }
}
