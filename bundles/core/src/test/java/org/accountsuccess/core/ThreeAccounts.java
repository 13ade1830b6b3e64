package org.accountsuccess.core;

import static org.accountsuccess.host.spi.Activity.Direction.INBOUND;
import static org.accountsuccess.host.spi.Activity.Direction.OUTBOUND;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.EmployeeResponse;
import org.accountsuccess.host.spi.ExchangeRateTable;
import org.accountsuccess.host.spi.Role;

/**
 * A small tenant whose figures are worked out by hand in the tests. As of 2026-06-30, UTC,
 * lookback 365 days (2025-07-01..2026-06-30), base currency EUR, USD at 0.9.
 *
 * <pre>
 * a1 Acme  tier 1, rep1, enterprise, EUR
 *   c1 A  r1 2025-12-01 score 3, r2 2026-05-01 score 10   promoter (previous 3)
 *   c2 A  r3 2026-03-01 score 6                           detractor
 *   c3 B  r4 2026-04-01 score 8                           passive
 *   c4 C  inactive, r5 2026-02-01 score 9                 promoter (counts in NPS, not coverage)
 *   c5 C  r6 2025-06-30 score 10                          non-responder (before the lookback)
 *   k1 2025-01-01..2025-12-31 1000, auto-renew            renewed by k2
 *   k2 2026-01-01..2026-12-31 1200, renewal of k1
 *   k3 2026-03-01.. evergreen 300
 *   call 2026-06-10; 9 outbound marketing emails 2026-06-01..06-29, one inbound, one on 2026-05-31
 * a2 Beta  tier 3, rep2, smb, USD
 *   c6 A  r7 2026-06-01 score 9, r8 2026-07-15 score 0 (after as-of)   promoter
 *   c7 C  r9 2026-06-10 score 7                                         passive
 *   k4 2025-07-01..2026-08-31 500 USD = 450 EUR
 *   meeting 2026-02-01, email 2026-06-20
 * a3 Gamma tier 2, rep1, smb, no contacts
 *   k5 2025-06-01..2026-03-31 200, not renewed
 * </pre>
 */
final class ThreeAccounts {
    static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

    private ThreeAccounts() {
    }

    static TestHost host() {
        TestHost h = new TestHost();
        h.rates = new ExchangeRateTable("EUR", Map.of("USD", new BigDecimal("0.9")));
        h.account("a1", "Acme", "rep1", "enterprise", 1, null);
        h.account("a2", "Beta", "rep2", "smb", 3, "USD");
        h.account("a3", "Gamma", "rep1", "smb", 2, null);

        h.contact("c1", "a1", Role.A, true);
        h.contact("c2", "a1", Role.A, true);
        h.contact("c3", "a1", Role.B, true);
        h.contact("c4", "a1", Role.C, false);
        h.contact("c5", "a1", Role.C, true);
        h.contact("c6", "a2", Role.A, true);
        h.contact("c7", "a2", Role.C, true);

        h.response("r1", "c1", "2025-12-01", 3);
        h.response("r2", "c1", "2026-05-01", 10);
        h.response("r3", "c2", "2026-03-01", 6);
        h.response("r4", "c3", "2026-04-01", 8);
        h.response("r5", "c4", "2026-02-01", 9);
        h.response("r6", "c5", "2025-06-30", 10);
        h.response("r7", "c6", "2026-06-01", 9);
        h.response("r8", "c6", "2026-07-15", 0);
        h.response("r9", "c7", "2026-06-10", 7);

        h.invitation("i1", "c1", "2026-04-20");
        h.invitation("i2", "c2", "2026-02-20");
        h.invitation("i3", "c5", "2026-01-10");
        h.invitation("i4", "c6", "2026-05-25");

        h.contract("k1", "a1", "2025-01-01", "2025-12-31", "1000", true, null);
        h.contract("k2", "a1", "2026-01-01", "2026-12-31", "1200", false, "k1");
        h.contract("k3", "a1", "2026-03-01", null, "300", false, null);
        h.contract("k4", "a2", "2025-07-01", "2026-08-31", "500", false, null);
        h.contract("k5", "a3", "2025-06-01", "2026-03-31", "200", false, null);

        h.activity("t1", "a1", ActivityType.CALL, "2026-06-10", OUTBOUND);
        for (int day = 1; day <= 9; day++) {
            h.activity("m" + day, "a1", ActivityType.MARKETING_EMAIL, "2026-06-0" + day, OUTBOUND);
        }
        h.activity("m-in", "a1", ActivityType.MARKETING_EMAIL, "2026-06-15", INBOUND);
        h.activity("m-old", "a1", ActivityType.MARKETING_EMAIL, "2026-05-31", OUTBOUND);
        h.activity("t2", "a2", ActivityType.MEETING, "2026-02-01", null);
        h.activity("t3", "a2", ActivityType.EMAIL, "2026-06-20", OUTBOUND);

        int[] sales = {10, 9, 8, 3, 10};
        for (int i = 0; i < sales.length; i++) {
            h.employeeResponses.add(new EmployeeResponse("e-s" + i, "emp-s" + i, "Sales", TestHost.at("2026-03-0" + (i + 1)),
                    sales[i], null));
        }
        for (int i = 0; i < 4; i++) {
            h.employeeResponses.add(new EmployeeResponse("e-o" + i, "emp-o" + i, "Ops", TestHost.at("2026-03-0" + (i + 1)),
                    0, null));
        }
        return h;
    }
}
