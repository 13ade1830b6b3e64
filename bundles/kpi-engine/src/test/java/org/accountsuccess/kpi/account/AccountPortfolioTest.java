package org.accountsuccess.kpi.account;

import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.at;
import static org.accountsuccess.kpi.Fixtures.contact;
import static org.accountsuccess.kpi.Fixtures.day;
import static org.accountsuccess.kpi.Fixtures.inZone;
import static org.accountsuccess.kpi.Fixtures.portfolioAsOf;
import static org.accountsuccess.kpi.Fixtures.response;
import static org.accountsuccess.kpi.Fixtures.responseOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.kpi.Fixtures.PortfolioBuilder;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Counted responses (metrics.md section 1) as of 2024-06-30 with the default 365-day lookback,
 * i.e. answered on 2023-07-02 .. 2024-06-30, and NPS at response, contact and account level.
 */
class AccountPortfolioTest {
    private static final Offset<Double> EXACT = within(1e-9);

    private static final Contact K1 = contact("k-1", "a-1", Role.A);
    private static final Contact K2_INACTIVE = contact("k-2", "a-1", Role.B, "Former champion", false);
    private static final Contact K3 = contact("k-3", "a-1", Role.C);
    private static final Contact K4 = contact("k-4", "a-1", Role.C);
    private static final Contact K5 = contact("k-5", "a-1", Role.C);
    private static final Contact K6 = contact("k-6", "a-1", Role.C);

    private static final SurveyResponse[] RESPONSES = {
            // k-1: two answers at the same instant; "r-9" > "r-10" in plain string order, so 10 is the latest
            response("r-10", "k-1", at("2024-03-01T10:00:00Z"), 0),
            response("r-9", "k-1", at("2024-03-01T10:00:00Z"), 10),
            // k-2 is inactive: their answer still counts
            responseOn("r-20", "k-2", "2024-02-01", 9),
            // k-3: the answer after the as-of day is ignored
            responseOn("r-30", "k-3", "2024-05-01", 10),
            responseOn("r-31", "k-3", "2024-07-01", 0),
            // k-4: answered 2023-07-01, 365 days back, outside the lookback: a non-responder
            responseOn("r-40", "k-4", "2023-07-01", 9),
            // k-5: a detractor on the window's first day, then a passive: the latest counts
            responseOn("r-50", "k-5", "2023-07-02", 2),
            responseOn("r-51", "k-5", "2024-02-01", 8),
            // k-6: answered on the window's first day only
            responseOn("r-60", "k-6", "2023-07-02", 7)};

    private static PortfolioBuilder oneAccount() {
        return portfolioAsOf("2024-06-30").accounts(account("a-1", 1)).contacts(K1, K2_INACTIVE, K3, K4, K5, K6)
                .responses(RESPONSES);
    }

    @Test
    void eachContactsLatestResponseInTheLookbackGivesTheClass() {
        AccountFacts facts = oneAccount().build().account("a-1").orElseThrow();

        assertThat(facts.countedResponse("k-1")).get().extracting(SurveyResponse::id).isEqualTo("r-9");
        assertThat(facts.classOf(K1)).isEqualTo(LoyaltyClass.PROMOTER);
        assertThat(facts.classOf(K2_INACTIVE)).isEqualTo(LoyaltyClass.PROMOTER);
        assertThat(facts.countedResponse("k-3")).get().extracting(SurveyResponse::id).isEqualTo("r-30");
        assertThat(facts.classOf(K4)).isEqualTo(LoyaltyClass.NON_RESPONDER);
        assertThat(facts.countedResponse("k-4")).isEmpty();
        assertThat(facts.classOf(K5)).isEqualTo(LoyaltyClass.PASSIVE);
        assertThat(facts.classOf(K6)).isEqualTo(LoyaltyClass.PASSIVE);
    }

    @Test
    void aLatestResponseOlderThanTheLookbackMakesANonResponderEvenAfterEarlierAnswers() {
        AccountFacts facts = portfolioAsOf("2024-06-30").accounts(account("a-1", 1)).contacts(K1)
                .responses(responseOn("r-1", "k-1", "2022-01-10", 9), responseOn("r-2", "k-1", "2023-06-30", 10))
                .build().account("a-1").orElseThrow();

        assertThat(facts.classOf(K1)).isEqualTo(LoyaltyClass.NON_RESPONDER);
        assertThat(facts.loyalty().loyaltyClass()).isEqualTo(LoyaltyClass.NON_RESPONDER);
    }

    @Test
    void contactLevelCountsEachContactsLatestResponseOnce() {
        NpsResult contacts = oneAccount().build().nps(NpsLevel.CONTACT);

        // promoters k-1, k-2, k-3; passives k-5, k-6; k-4 not counted: 100 * 3 / 5 = 60
        assertThat(contacts.n()).isEqualTo(5);
        assertThat(contacts.promoters()).isEqualTo(3);
        assertThat(contacts.value()).hasValueCloseTo(60.0, EXACT);
    }

    @Test
    void responseLevelCountsEveryResponseInTheWindow() {
        NpsResult responses = oneAccount().build().nps(NpsLevel.RESPONSE);

        // in the window: r-10 (0), r-9 (10), r-20 (9), r-30 (10), r-50 (2), r-51 (8), r-60 (7);
        // not r-31 (after the as-of day) nor r-40 (before the lookback): 100 * (3 - 2) / 7
        assertThat(responses.n()).isEqualTo(7);
        assertThat(responses.detractors()).isEqualTo(2);
        assertThat(responses.value()).hasValueCloseTo(100.0 / 7, EXACT);
    }

    @Test
    void accountLevelCountsEachAccountOnceByItsLoyaltyClass() {
        NpsResult accounts = oneAccount()
                .accounts(account("a-2", 2), account("a-3", 3), account("a-4", 3))
                .contacts(contact("k-21", "a-2", Role.A), contact("k-31", "a-3", Role.A),
                        contact("k-41", "a-4", Role.B))
                .responses(responseOn("r-210", "k-21", "2024-06-01", 4), responseOn("r-410", "k-41", "2024-06-01", 7))
                .build().nps(NpsLevel.ACCOUNT);

        // a-1 promoter account (see below), a-2 detractor (-100), a-4 passive (0), a-3 non-responder: 100 * 0 / 3
        assertThat(accounts.n()).isEqualTo(3);
        assertThat(accounts.promoters()).isEqualTo(1);
        assertThat(accounts.passives()).isEqualTo(1);
        assertThat(accounts.detractors()).isEqualTo(1);
        assertThat(accounts.value()).hasValueCloseTo(0.0, EXACT);
    }

    @Test
    void accountLoyaltyIsRoleWeightedWithTheUnweightedContactNpsBesideIt() {
        var loyalty = oneAccount().build().account("a-1").orElseThrow().loyalty();

        // promoters A k-1 (3), B k-2 (2), C k-3 (1); passives C k-5, k-6 (1 + 1): 100 * 6 / 8 = 75
        assertThat(loyalty.accountNps()).hasValueCloseTo(75.0, EXACT);
        assertThat(loyalty.loyaltyClass()).isEqualTo(LoyaltyClass.PROMOTER);
        assertThat(loyalty.contacts().n()).isEqualTo(5);
        assertThat(loyalty.contacts().value()).hasValueCloseTo(60.0, EXACT);
        assertThat(loyalty.contacts().interval()).isPresent();
    }

    @Test
    void recordsOfOtherAccountsAndUnknownContactsAreSkipped() {
        var portfolio = oneAccount()
                .contacts(contact("k-99", "a-elsewhere", Role.A))
                .responses(responseOn("r-99", "k-99", "2024-06-01", 0), responseOn("r-98", "k-unknown", "2024-06-01", 0))
                .build();

        assertThat(portfolio.account("a-elsewhere")).isEmpty();
        assertThat(portfolio.nps(NpsLevel.RESPONSE).n()).isEqualTo(7);
    }

    @Test
    void aTimestampBelongsToItsDateInTheTenantZone() {
        // 2024-07-01T03:00Z is 2024-06-30 20:00 in Los Angeles (UTC-7): on the as-of day there, after it in UTC
        SurveyResponse lateEvening = response("r-1", "k-1", at("2024-07-01T03:00:00Z"), 9);

        AccountFacts inUtc = portfolioAsOf("2024-06-30").accounts(account("a-1", 1)).contacts(K1)
                .responses(lateEvening).build().account("a-1").orElseThrow();
        AccountFacts inLosAngeles = portfolioAsOf("2024-06-30").parameters(inZone("America/Los_Angeles"))
                .accounts(account("a-1", 1)).contacts(K1).responses(lateEvening).build().account("a-1")
                .orElseThrow();

        assertThat(inUtc.classOf(K1)).isEqualTo(LoyaltyClass.NON_RESPONDER);
        assertThat(inLosAngeles.classOf(K1)).isEqualTo(LoyaltyClass.PROMOTER);
        assertThat(inLosAngeles.stakeholders().stakeholders().get(0).latest()).get()
                .satisfies(s -> assertThat(s.date()).isEqualTo(day("2024-06-30")));
    }
}
