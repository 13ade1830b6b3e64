package org.accountsuccess.kpi;

import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contact;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.portfolioAsOf;
import static org.accountsuccess.kpi.Fixtures.responseOn;

import org.accountsuccess.host.spi.Role;
import org.accountsuccess.kpi.Fixtures.PortfolioBuilder;

/**
 * Six accounts as of 2026-06-30 (lookback 2025-07-01..2026-06-30, EUR, contracts evergreen since 2024):
 *
 * <pre>
 * p  MRR 1000 (ARR 12000)  A 10                  NPS 100               promoter
 * q  MRR  500 (ARR  6000)  A 3                   NPS -100              detractor
 * r  MRR  200 (ARR  2400)  A 10, B 8, C 7        100 * 3 / 6 = 50      promoter
 * s  MRR  100 (ARR  1200)  A 7, B 2              100 * -2 / 5 = -40    detractor
 * t  MRR  300 (ARR  3600)  no response           no NPS                non-responder
 * u  no contract (ARR 0)   A 8                   NPS 0                 passive
 * </pre>
 */
public final class SixAccounts {
    private SixAccounts() {
    }

    public static PortfolioBuilder portfolio() {
        return portfolioAsOf("2026-06-30")
                .accounts(account("p", 1), account("q", 1), account("r", 2, null, null, "USD"), account("s", 2),
                        account("t", 3), account("u", 3))
                .contacts(contact("p-a", "p", Role.A), contact("q-a", "q", Role.A), contact("r-a", "r", Role.A),
                        contact("r-b", "r", Role.B), contact("r-c", "r", Role.C), contact("s-a", "s", Role.A),
                        contact("s-b", "s", Role.B), contact("t-a", "t", Role.A), contact("u-a", "u", Role.A))
                .responses(responseOn("1", "p-a", "2026-05-01", 10), responseOn("2", "q-a", "2026-05-01", 3),
                        responseOn("3", "r-a", "2026-05-01", 10), responseOn("4", "r-b", "2026-05-01", 8),
                        responseOn("5", "r-c", "2026-05-01", 7), responseOn("6", "s-a", "2026-05-01", 7),
                        responseOn("7", "s-b", "2026-05-01", 2), responseOn("8", "u-a", "2026-05-01", 8))
                .contracts(contract("k-p", "p", "2024-01-01", "1000").build(),
                        contract("k-q", "q", "2024-01-01", "500").build(),
                        contract("k-r", "r", "2024-01-01", "200").in("EUR").build(),
                        contract("k-s", "s", "2024-01-01", "100").build(),
                        contract("k-t", "t", "2024-01-01", "300").build());
    }
}
