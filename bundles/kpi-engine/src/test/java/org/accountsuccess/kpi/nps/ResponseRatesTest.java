package org.accountsuccess.kpi.nps;

import static org.accountsuccess.kpi.Fixtures.invitation;
import static org.accountsuccess.kpi.Fixtures.responseOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import java.util.stream.Stream;

import org.accountsuccess.api.nps.ResponseRate;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyResponse;
import org.junit.jupiter.api.Test;

/** Response rate: distinct invited contacts with a valid response / distinct contacts invited. */
class ResponseRatesTest {

    private static Stream<SurveyInvitation> invitations() {
        return Stream.of(invitation("i-1", "k-1", "2024-03-01"), invitation("i-2", "k-2", "2024-03-01"),
                invitation("i-3", "k-3", "2024-03-01"), invitation("i-4", "k-3", "2024-03-15"));
    }

    private static Stream<SurveyResponse> responses() {
        return Stream.of(responseOn("r-1", "k-1", "2024-03-02", 9), responseOn("r-2", "k-1", "2024-03-20", 4),
                responseOn("r-3", "k-2", "2024-03-03", 7));
    }

    @Test
    void countsDistinctContactsOnBothSides() {
        ResponseRate rate = ResponseRates.of(invitations(), responses(), id -> true);

        // invited k-1, k-2, k-3 (k-3 twice) = 3; answered k-1 (twice), k-2 = 2: 2/3
        assertThat(rate.invited()).isEqualTo(3);
        assertThat(rate.responded()).isEqualTo(2);
        assertThat(rate.rate()).hasValueCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void countsOnlyTheSelectedContacts() {
        ResponseRate rate = ResponseRates.of(invitations(), responses(), Set.of("k-1", "k-3")::contains);

        // invited k-1, k-3; answered k-1: 1/2
        assertThat(rate.rate()).hasValueCloseTo(0.5, within(1e-9));
    }

    @Test
    void anAnswerWithoutAnInvitationInTheWindowIsNotCounted() {
        var uninvited = Stream.concat(responses(), Stream.of(responseOn("r-4", "k-9", "2024-03-05", 10)));
        ResponseRate rate = ResponseRates.of(invitations(), uninvited, id -> true);

        // k-9 answered but was not invited: still 2 of 3, so the rate can never exceed 1
        assertThat(rate.responded()).isEqualTo(2);
        assertThat(rate.rate()).hasValueCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void nobodyInvitedIsUndefinedNotZero() {
        ResponseRate rate = ResponseRates.of(Stream.empty(), responses(), id -> true);

        assertThat(rate.invited()).isZero();
        assertThat(rate.rate()).isEmpty();
    }
}
