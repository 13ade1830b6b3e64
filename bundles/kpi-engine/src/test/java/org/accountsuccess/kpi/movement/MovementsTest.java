package org.accountsuccess.kpi.movement;

import static org.accountsuccess.kpi.Fixtures.DEFAULTS;
import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contact;
import static org.accountsuccess.kpi.Fixtures.day;
import static org.accountsuccess.kpi.Fixtures.responseOn;
import static org.accountsuccess.kpi.Fixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.movement.AccountMovement;
import org.accountsuccess.api.movement.ContactMovement;
import org.accountsuccess.api.movement.Direction;
import org.accountsuccess.api.movement.MovementReport;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.Role;
import org.junit.jupiter.api.Test;

/**
 * As of 2026-06-30, window 2025-07-01..2026-06-30, lookback 365 days.
 *
 * <pre>
 * m1 ARR 1200: c1 A 2025-10-01 9, 2026-05-01 4     faller (promoter -> detractor)
 *              c2 B 2026-02-01 5, 2026-06-10 9     climber (detractor -> promoter)
 *              c3 C 2026-03-01 10                  one response: no move
 *   account, latest day 2026-06-10: as of 06-09 c1 4 (D, w3), c2 5 (D, w2), c3 10 (P, w1):
 *   100 * (1 - 5) / 6 = -66.7 detractor; as of 06-10 c2 9 (P): 100 * (3 - 3) / 6 = 0 passive: climber
 * m2 ARR 6000: c4 A 2026-01-15 10, 2026-06-20 7, 2026-07-05 0 (after as-of)   faller (promoter -> passive)
 *              c5 A 2024-01-01 2, 2024-05-01 9     latest outside the window: not listed
 *   account, latest day 2026-06-20: 100 promoter -> 0 passive: faller
 * m3 no ARR:   c6 C 2026-03-01 6, 2026-04-01 9     climber; account -100 detractor -> 100 promoter: climber
 *              silent B, no response
 * </pre>
 */
class MovementsTest {
    private static final Map<String, Account> ACCOUNTS = List.of(account("m1", 1), account("m2", 1), account("m3", 3))
            .stream().collect(Collectors.toMap(Account::id, Function.identity()));
    private static final Map<String, BigDecimal> ARR = Map.of("m1", new BigDecimal("1200"), "m2", new BigDecimal("6000"));

    private static Movements fed(DateWindow window) {
        Movements m = new Movements(window, ACCOUNTS, DEFAULTS);
        List.of(contact("c1", "m1", Role.A), contact("c2", "m1", Role.B), contact("c3", "m1", Role.C),
                contact("c4", "m2", Role.A), contact("c5", "m2", Role.A), contact("c6", "m3", Role.C),
                contact("silent", "m3", Role.B), contact("other", "elsewhere", Role.A)).forEach(m::addContact);
        List.of(responseOn("r01", "c1", "2025-10-01", 9), responseOn("r02", "c1", "2026-05-01", 4),
                responseOn("r03", "c2", "2026-02-01", 5), responseOn("r04", "c2", "2026-06-10", 9),
                responseOn("r05", "c3", "2026-03-01", 10), responseOn("r06", "c4", "2026-01-15", 10),
                responseOn("r07", "c4", "2026-06-20", 7), responseOn("r08", "c4", "2026-07-05", 0),
                responseOn("r09", "c5", "2024-01-01", 2), responseOn("r10", "c5", "2024-05-01", 9),
                responseOn("r11", "c6", "2026-03-01", 6), responseOn("r12", "c6", "2026-04-01", 9),
                responseOn("r13", "other", "2026-06-01", 0), responseOn("r14", "other", "2026-06-02", 10))
                .forEach(m::addResponse);
        return m;
    }

    @Test
    void contactsCompareTheirLatestResponseWithTheOneBefore() {
        MovementReport r = fed(window("2025-07-01", "2026-06-30")).report(ARR, "EUR");

        assertThat(r.contactClimbers()).extracting(ContactMovement::contactId, ContactMovement::previousClass,
                ContactMovement::latestClass).containsExactly(
                        tuple("c2", LoyaltyClass.DETRACTOR, LoyaltyClass.PROMOTER),
                        tuple("c6", LoyaltyClass.DETRACTOR, LoyaltyClass.PROMOTER));
        assertThat(r.contactFallers()).extracting(ContactMovement::contactId, ContactMovement::arr)
                .containsExactly(tuple("c4", new BigDecimal("6000")), tuple("c1", new BigDecimal("1200")));
        ContactMovement c4 = r.contactFallers().get(0);
        assertThat(c4.previous().score()).isEqualTo(10);
        assertThat(c4.latest().score()).isEqualTo(7); // the answer of 2026-07-05 is after the as-of day
        assertThat(c4.latest().date()).isEqualTo(day("2026-06-20"));
        assertThat(c4.accountName()).isEqualTo("Account m2");
        assertThat(r.contactClimbers().get(1).arr()).isEqualByComparingTo("0");
    }

    @Test
    void accountsCompareTheirClassWithAndWithoutTheirLatestResponseDay() {
        MovementReport r = fed(window("2025-07-01", "2026-06-30")).report(ARR, "EUR");

        assertThat(r.accountClimbers()).extracting(AccountMovement::accountId, AccountMovement::latestResponseDay,
                AccountMovement::classBefore, AccountMovement::classAfter).containsExactly(
                        tuple("m1", day("2026-06-10"), LoyaltyClass.DETRACTOR, LoyaltyClass.PASSIVE),
                        tuple("m3", day("2026-04-01"), LoyaltyClass.DETRACTOR, LoyaltyClass.PROMOTER));
        assertThat(r.accountClimbers().get(0).npsBefore()).hasValueCloseTo(-400.0 / 6, within(1e-9));
        assertThat(r.accountClimbers().get(0).npsAfter()).hasValueCloseTo(0.0, within(1e-9));
        assertThat(r.accountFallers()).extracting(AccountMovement::accountId, AccountMovement::direction,
                AccountMovement::classBefore, AccountMovement::classAfter)
                .containsExactly(tuple("m2", Direction.FALLER, LoyaltyClass.PROMOTER, LoyaltyClass.PASSIVE));
    }

    @Test
    void theWindowLimitsWhenTheLatestResponseWasGiven() {
        MovementReport r = fed(window("2026-06-15", "2026-06-30")).report(ARR, "EUR");

        assertThat(r.contactFallers()).extracting(ContactMovement::contactId).containsExactly("c4");
        assertThat(r.contactClimbers()).isEmpty();
        assertThat(r.accountFallers()).extracting(AccountMovement::accountId).containsExactly("m2");
        assertThat(r.accountClimbers()).isEmpty();
    }

    @Test
    void aNonResponderOnEitherSideIsNoMove() {
        assertThat(Direction.of(LoyaltyClass.NON_RESPONDER, LoyaltyClass.PROMOTER)).isNull();
        assertThat(Direction.of(LoyaltyClass.PASSIVE, LoyaltyClass.PASSIVE)).isNull();
        assertThat(Direction.of(LoyaltyClass.DETRACTOR, LoyaltyClass.PASSIVE)).isEqualTo(Direction.CLIMBER);
        assertThat(Direction.of(LoyaltyClass.PROMOTER, LoyaltyClass.DETRACTOR)).isEqualTo(Direction.FALLER);
    }
}
