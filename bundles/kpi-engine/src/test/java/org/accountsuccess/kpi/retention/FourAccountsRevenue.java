package org.accountsuccess.kpi.retention;

import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.eurOnly;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;

/**
 * A tenant small enough to work on paper, for the movement series and the cohorts (EUR):
 * <ul>
 * <li>a: 100 from 2025-01-01, plus 50 from 2025-03-01 (expansion in March)</li>
 * <li>b: 200 from 2025-01-01 to 2025-02-28 (churned in March)</li>
 * <li>c: 80 from 2024-06-01 to 2024-12-31 (churned in January), 80 again from 2025-03-15 (reactivated in March)</li>
 * <li>d: 60 from 2025-03-10 to 2025-04-30 (new in March), renewed at 40 from 2025-05-01 (contraction in May)</li>
 * </ul>
 */
final class FourAccountsRevenue {
    static final Map<String, Account> ACCOUNTS = List.of(account("a", 1), account("b", 2), account("c", 3),
            account("d", 3)).stream().collect(Collectors.toMap(Account::id, Function.identity()));
    static final List<Contract> CONTRACTS = List.of(
            contract("k1", "a", "2025-01-01", "100").build(),
            contract("k2", "a", "2025-03-01", "50").build(),
            contract("k3", "b", "2025-01-01", "200").until("2025-02-28").build(),
            contract("k4", "c", "2024-06-01", "80").until("2024-12-31").build(),
            contract("k5", "c", "2025-03-15", "80").build(),
            contract("k6", "d", "2025-03-10", "60").until("2025-04-30").build(),
            contract("k7", "d", "2025-05-01", "40").renews("k6").build());

    private FourAccountsRevenue() {
    }

    static MrrBook book() {
        MrrBook book = new MrrBook(eurOnly());
        CONTRACTS.forEach(c -> book.add(c, ACCOUNTS.get(c.accountId())));
        return book;
    }
}
