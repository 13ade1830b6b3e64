package org.accountsuccess.benchmarks.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The yardstick verified: DuckDB's SQL on a tiny hand-made data set gives the figures computed
 * by hand from metrics.md (as of 2026-06-30, the year 2025-07-01..2026-06-30, rates EUR 1,
 * USD 0.90, GBP 1.15).
 */
class DuckDbFiguresTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    private static final double EPS = 1e-9;

    @TempDir
    static Path dir;
    private static DuckDbFigures duck;

    @BeforeAll
    static void load() throws Exception {
        Path set = dir.resolve("set");
        Files.createDirectories(set);
        write(set, "accounts.csv", "account_id,name,owner,segment,tier,industry,country,parent_account_id,currency",
                "a1,\"Alpha, Inc.\",u-0,Enterprise,1,,DE,,",
                "a2,Beta,u-1,SMB,3,,US,,USD",
                "a3,Gamma,u-1,SMB,2,,GB,,",
                "a4,Delta,,SMB,3,,DE,,");
        write(set, "contacts.csv", "contact_id,account_id,name,email,title,role,active",
                "c1,a1,,,,A,true", "c2,a1,,,,B,true", "c3,a1,,,,C,false", "c4,a2,,,,C,true", "c5,a2,,,,A,true");
        write(set, "invitations.csv", "invitation_id,survey_id,contact_id,sent_at", "i1,s,c1,2026-01-09T10:00:00Z");
        write(set, "responses.csv", "response_id,contact_id,answered_at,score,survey_id,comment,drivers",
                "r1,c1,2026-01-10T10:00:00Z,10,s,,",
                "r2,c1,2026-03-01T10:00:00Z,6,s,\"Slow, \"\"very\"\" slow\",-support response time",
                "r3,c2,2026-02-01T09:00:00Z,8,s,,",
                // a tie at the same second: the larger id in plain string order ("r9" > "r10") is the latest
                "r9,c3,2026-05-05T00:00:00Z,9,s,,",
                "r10,c3,2026-05-05T00:00:00Z,3,s,,",
                "r6,c4,2025-06-30T23:00:00Z,9,s,,",
                "r7,c4,2025-07-01T00:30:00Z,9,s,,",
                "r8,c5,2026-07-01T08:00:00Z,0,s,,");
        write(set, "contracts.csv", "contract_id,account_id,start_date,end_date,mrr,currency,auto_renew,renewal_of,product",
                "k1,a1,2025-01-01,2025-12-31,100.00,,true,,p",
                "k2,a1,2026-01-01,2026-12-31,120.00,,false,k1,p",
                "k3,a2,2025-03-01,2026-02-28,50.00,,false,,p",
                "k5,a1,2024-08-01,2026-07-31,200.00,EUR,false,,p",
                // an early renewal: k5 counts only up to 2026-05-31
                "k6,a1,2026-06-01,2027-05-31,210.00,EUR,false,k5,p",
                "k7,a3,2024-01-01,2024-12-31,30.00,,false,,p",
                "k4,a3,2026-05-01,,10.00,GBP,false,,p",
                "k8,a4,2026-04-01,,40.00,,false,,p");
        List<String> activities = new ArrayList<>(List.of(
                "activity_id,account_id,contact_id,type,occurred_at,direction,subject,status,severity",
                "x1,a1,c1,meeting,2026-06-10T10:00:00Z,outbound,,,",
                "x2,a2,,call,2026-04-01T12:00:00Z,outbound,,,",
                "x3,a2,,visit,2026-07-02T12:00:00Z,,,,",
                "x4,a3,,email,2026-06-29T12:00:00Z,outbound,,,",
                "x5,a4,,support_ticket,2026-03-31T08:00:00Z,inbound,,open,high",
                "x6,a1,,marketing_email,2026-06-05T08:00:00Z,,,,",
                "x7,a1,,marketing_email,2026-06-06T08:00:00Z,inbound,,,",
                "x8,a1,,marketing_email,2026-05-31T08:00:00Z,outbound,,,"));
        for (int i = 0; i < 8; i++) {
            activities.add("m1" + i + ",a1,,marketing_email,2026-06-" + (10 + i) + "T08:00:00Z,outbound,,,");
            activities.add("m2" + i + ",a2,,marketing_email,2026-06-" + (10 + i) + "T08:00:00Z,outbound,,,");
        }
        write(set, "activities.csv", activities.toArray(String[]::new));
        write(set, "exchange_rates.csv", "currency,rate_to_base", "EUR,1", "GBP,1.15", "USD,0.90");
        duck = DuckDbFigures.open(dir.resolve("t.duckdb"));
        assertThat(duck.load(set)).isPositive();
    }

    @AfterAll
    static void close() throws Exception {
        duck.close();
    }

    private static void write(Path set, String name, String... lines) throws Exception {
        Files.writeString(set.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    @Test
    void surveyNpsCountsEveryResponseOfTheWindowByItsUtcDay() throws Exception {
        // r1 P, r2 D, r3 passive, r9 P, r10 D, r7 P; r6 the day before, r8 after the window
        DuckDbFigures.Nps nps = duck.surveyNps(FROM, AS_OF);
        assertThat(nps.n()).isEqualTo(6);
        assertThat(nps.promoters()).isEqualTo(3);
        assertThat(nps.passives()).isEqualTo(1);
        assertThat(nps.detractors()).isEqualTo(2);
        assertThat(nps.value()).isCloseTo(100.0 / 6, within(EPS));
        assertThat(duck.surveyNps(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)).value()).isNull();
    }

    @Test
    void accountNpsWeighsEachContactsLatestResponseByRole() throws Exception {
        Map<String, DuckDbFigures.AccountRow> accounts = duck.accounts(AS_OF);
        // a1: c1 latest 6 (A, 3), c2 8 (B, 2), c3 latest r9 = 9 (C, 1, inactive still counts): 100 (1 - 3) / 6
        assertThat(accounts.get("a1").accountNps()).isCloseTo(-100.0 / 3, within(EPS));
        // a2: c4 r7 = 9 (r6 before the lookback), c5's only answer is after the as-of day
        assertThat(accounts.get("a2").accountNps()).isCloseTo(100, within(EPS));
        assertThat(accounts.get("a3").accountNps()).isNull();
        List<Object[]> list = duck.accountNpsList(AS_OF, 0);
        assertThat(list).extracting(r -> r[0]).containsExactly("a2", "a1", "a3", "a4");
    }

    @Test
    void flagsFollowTheTierLimitsAndTheMarketingWindow() throws Exception {
        Map<String, DuckDbFigures.AccountRow> a = duck.accounts(AS_OF);
        // a1: meeting 20 days ago (limit 30); 8 + 1 undirected marketing emails in the 30 days (inbound and 31 days ago not)
        assertThat(a.get("a1").gap()).isFalse();
        assertThat(a.get("a1").overContact()).isTrue();
        // a2: a call exactly 90 days ago (limit 90, the visit after the as-of day ignored); 8 emails are not more than 8
        assertThat(a.get("a2").gap()).isFalse();
        assertThat(a.get("a2").overContact()).isFalse();
        // a3: an email is no meaningful touch; a4: a ticket 91 days ago
        assertThat(a.get("a3").gap()).isTrue();
        assertThat(a.get("a4").gap()).isTrue();
    }

    @Test
    void oneAccountsFigures() throws Exception {
        DuckDbFigures.AccountFigures a1 = duck.account("a1", AS_OF);
        // k2 120 + k6 210 (k5 superseded by its early renewal from 2026-06-01)
        assertThat(a1.mrr()).isCloseTo(330, within(EPS));
        assertThat(a1.arr()).isCloseTo(3960, within(EPS));
        assertThat(a1.accountNps()).isCloseTo(-100.0 / 3, within(EPS));
        assertThat(a1.contacts().n()).isEqualTo(3);
        assertThat(a1.contacts().promoters()).isEqualTo(1);
        assertThat(a1.contacts().passives()).isEqualTo(1);
        assertThat(a1.contacts().detractors()).isEqualTo(1);
        assertThat(a1.contacts().value()).isCloseTo(0, within(EPS));
        assertThat(a1.daysSinceTouch()).isEqualTo(20);
        assertThat(a1.gap()).isFalse();
        assertThat(a1.marketingEmails()).isEqualTo(9);
        assertThat(a1.overContact()).isTrue();

        DuckDbFigures.AccountFigures a3 = duck.account("a3", AS_OF);
        assertThat(a3.mrr()).isCloseTo(11.5, within(EPS)); // 10 GBP
        assertThat(a3.accountNps()).isNull();
        assertThat(a3.daysSinceTouch()).isNull();
        assertThat(a3.gap()).isTrue();
        assertThat(duck.account("nope", AS_OF)).isNull();
    }

    @Test
    void retentionOverTheYear() throws Exception {
        // d0: a1 100 + 200, a2 50 USD = 45; d1: a1 120 + 210, a2 0, a3 11.5 (reactivated), a4 40 (new)
        DuckDbFigures.Retention r = duck.retention(FROM, AS_OF);
        assertThat(r.cohort()).isEqualTo(2);
        assertThat(r.retainedLogos()).isEqualTo(1);
        assertThat(r.startMrr()).isCloseTo(345, within(EPS));
        assertThat(r.endMrr()).isCloseTo(381.5, within(EPS));
        assertThat(r.expansion()).isCloseTo(30, within(EPS));
        assertThat(r.contraction()).isCloseTo(0, within(EPS));
        assertThat(r.churned()).isCloseTo(45, within(EPS));
        assertThat(r.newMrr()).isCloseTo(40, within(EPS));
        assertThat(r.reactivationMrr()).isCloseTo(11.5, within(EPS));
        // (new 40 + expansion 30 + reactivation 11.5) / (contraction 0 + churned 45)
        assertThat(r.quickRatio()).isCloseTo(81.5 / 45, within(EPS));
        assertThat(r.grr()).isCloseTo(300.0 / 345, within(EPS));
        assertThat(r.nrr()).isCloseTo(330.0 / 345, within(EPS));
        assertThat(r.logoRetention()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void renewalRatesOverTheYear() throws Exception {
        // due: k1 (renewed by k2, auto-renew) and k3 (50 USD = 45, not renewed); k5 ends after the year
        DuckDbFigures.Renewals r = duck.renewals(FROM, AS_OF);
        assertThat(r.due()).isEqualTo(2);
        assertThat(r.renewed()).isEqualTo(1);
        assertThat(r.dueMrr()).isCloseTo(145, within(EPS));
        assertThat(r.renewedMrr()).isCloseTo(100, within(EPS));
        assertThat(r.rateCount()).isCloseTo(0.5, within(EPS));
        assertThat(r.rateValue()).isCloseTo(100.0 / 145, within(EPS));
        assertThat(r.autoRenewShare()).isCloseTo(1.0, within(EPS));
    }
}
