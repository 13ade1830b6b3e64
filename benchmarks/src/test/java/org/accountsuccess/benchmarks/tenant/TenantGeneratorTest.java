package org.accountsuccess.benchmarks.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.ContractQuery;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.host.spi.TimeRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantGeneratorTest {
    private static final TimeRange HISTORY = TenantGenerator.HISTORY.toTimeRange(ZoneOffset.UTC);

    private InMemoryHost host;
    private TenantData data;

    @BeforeAll
    void generate() {
        host = TenantGenerator.generate(TenantSize.S, TenantGenerator.DEFAULT_SEED);
        data = TenantData.of(host);
    }

    @Test
    void countsAreThoseOfTheSize() {
        TenantSize s = TenantSize.S;
        assertThat(List.of(s.accounts(), s.contacts(), s.responses(), s.contracts(), s.activities()))
                .containsExactly(1_000, 10_000, 30_000, 3_000, 100_000);
        InMemoryHost.RowCounts counts = host.counts();
        assertThat(counts.accounts()).isEqualTo(s.accounts()).isEqualTo(data.accounts().size());
        assertThat(counts.contacts()).isEqualTo(s.contacts()).isEqualTo(data.contacts().size());
        assertThat(counts.responses()).isEqualTo(s.responses()).isEqualTo(data.responses().size());
        assertThat(counts.contracts()).isEqualTo(s.contracts()).isEqualTo(data.contracts().size());
        assertThat(counts.activities()).isEqualTo(s.activities()).isEqualTo(data.activities().size());
        // One invitation per response, and some that were never answered.
        assertThat(counts.invitations()).isEqualTo(data.invitations().size()).isGreaterThan(s.responses());
    }

    @Test
    void theSameSeedGivesTheSameTenant() {
        InMemoryHost again = TenantGenerator.generate(TenantSize.S, TenantGenerator.DEFAULT_SEED);
        assertThat(again.counts()).isEqualTo(host.counts());
        assertSameEnds(host, again, h -> h.accounts());
        assertSameEnds(host, again, h -> h.allContacts());
        assertSameEnds(host, again, h -> h.responses(SurveyQuery.tenant(TimeRange.ALL)));
        assertSameEnds(host, again, h -> h.invitations(SurveyQuery.tenant(TimeRange.ALL)));
        assertSameEnds(host, again, h -> h.contracts(ContractQuery.ALL));
        assertSameEnds(host, again, h -> h.activities(new ActivityQuery(null, TimeRange.ALL, null)));

        InMemoryHost other = TenantGenerator.generate(TenantSize.S, TenantGenerator.DEFAULT_SEED + 1);
        assertThat(other.activities(new ActivityQuery(null, TimeRange.ALL, null)).limit(100).toList())
                .isNotEqualTo(host.activities(new ActivityQuery(null, TimeRange.ALL, null)).limit(100).toList());
    }

    private static <T> void assertSameEnds(InMemoryHost first, InMemoryHost second,
            Function<InMemoryHost, Stream<T>> rows) {
        List<T> a = rows.apply(first).toList();
        List<T> b = rows.apply(second).toList();
        assertThat(b).hasSameSizeAs(a);
        assertThat(b.get(0)).isEqualTo(a.get(0));
        assertThat(b.get(b.size() - 1)).isEqualTo(a.get(a.size() - 1));
    }

    @Test
    void accountsLookLikeAPortfolio() {
        List<Account> accounts = data.accounts();
        assertThat(share(accounts, a -> a.tier() == 1)).isCloseTo(0.10, within(0.03));
        assertThat(share(accounts, a -> a.tier() == 2)).isCloseTo(0.30, within(0.04));
        assertThat(share(accounts, a -> a.tier() == 3)).isCloseTo(0.60, within(0.04));
        assertThat(accounts.stream().map(Account::segment).distinct().count()).isEqualTo(4);
        long owners = accounts.stream().map(Account::owner).filter(Objects::nonNull).distinct().count();
        assertThat(owners).isEqualTo(accounts.size() / 100);
        assertThat(accounts).anyMatch(a -> a.parentAccountId() != null);
        assertThat(accounts).anyMatch(a -> "USD".equals(a.currency())).anyMatch(a -> "GBP".equals(a.currency()));
        assertThat(share(accounts, a -> a.currency() != null && !"EUR".equals(a.currency())))
                .isCloseTo(0.05, within(0.025));
        assertThat(accounts.stream().map(Account::id).distinct().count()).isEqualTo(accounts.size());
    }

    @Test
    void contactsHaveRolesAndSomeLeft() {
        List<Contact> contacts = data.contacts();
        assertThat(share(contacts, c -> c.role() == Role.A)).isCloseTo(0.15, within(0.02));
        assertThat(share(contacts, c -> c.role() == Role.B)).isCloseTo(0.30, within(0.02));
        assertThat(share(contacts, c -> c.role() == Role.C)).isCloseTo(0.55, within(0.02));
        assertThat(share(contacts, c -> !c.active())).isCloseTo(0.05, within(0.01));
        assertThat(contacts.stream().map(Contact::id).distinct().count()).isEqualTo(contacts.size());
    }

    @Test
    void scoresAreSkewedLikeRealNps() {
        List<SurveyResponse> responses = data.responses();
        assertThat(share(responses, r -> r.score() >= 9)).isCloseTo(0.30, within(0.03));
        assertThat(share(responses, r -> r.score() == 7 || r.score() == 8)).isCloseTo(0.35, within(0.03));
        assertThat(share(responses, r -> r.score() <= 6)).isCloseTo(0.35, within(0.03));
        assertThat(responses).allMatch(r -> HISTORY.contains(r.answeredAt()));
        assertThat(responses).anyMatch(r -> !r.drivers().isEmpty());
        Map<String, Long> perContact = responses.stream()
                .collect(Collectors.groupingBy(SurveyResponse::contactId, Collectors.counting()));
        assertThat(perContact.size()).as("contacts who answered at all").isLessThan(data.contacts().size());
    }

    @Test
    void activitiesAreOfEveryKindWithMarketingEmailFrequent() {
        List<Activity> activities = data.activities();
        Map<ActivityType, Long> byType = activities.stream()
                .collect(Collectors.groupingBy(Activity::type, Collectors.counting()));
        assertThat(byType).containsOnlyKeys(ActivityType.values());
        ActivityType mostFrequent = byType.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(mostFrequent).isEqualTo(ActivityType.MARKETING_EMAIL);
        assertThat(activities).allMatch(x -> HISTORY.contains(x.occurredAt()));
        assertThat(activities).anyMatch(x -> x.type() == ActivityType.SUPPORT_TICKET && x.status() == Activity.Status.OPEN);
    }

    @Test
    void contractsTellRenewalExpansionAndChurnStories() {
        List<Contract> contracts = data.contracts();
        assertThat(contracts).allMatch(k -> k.mrr().scale() == 2 && k.mrr().signum() >= 0);
        assertThat(contracts).anyMatch(k -> k.mrr().signum() == 0);
        assertThat(contracts).anyMatch(Contract::evergreen);
        assertThat(contracts).anyMatch(k -> k.renewalOf() != null);
        assertThat(contracts).anyMatch(k -> "USD".equals(k.currency())).anyMatch(k -> "GBP".equals(k.currency()));
        assertThat(contracts).anyMatch(Contract::autoRenew);
        Map<String, Contract> byId = contracts.stream().collect(Collectors.toMap(Contract::id, Function.identity()));
        List<Contract> renewals = contracts.stream().filter(k -> k.renewalOf() != null).toList();
        assertThat(renewals).allMatch(k -> byId.get(k.renewalOf()).accountId().equals(k.accountId()));
        // Renewals at a higher, the same and a lower value; a renewal signed before its predecessor is due.
        assertThat(renewals).anyMatch(k -> k.mrr().compareTo(byId.get(k.renewalOf()).mrr()) > 0)
                .anyMatch(k -> k.mrr().compareTo(byId.get(k.renewalOf()).mrr()) == 0)
                .anyMatch(k -> k.mrr().compareTo(byId.get(k.renewalOf()).mrr()) < 0)
                .anyMatch(k -> k.startDate().isAfter(TenantGenerator.AS_OF));
        // Churn: accounts that paid a year ago and pay nothing on the as-of date.
        Map<String, List<Contract>> byAccount = contracts.stream().collect(Collectors.groupingBy(Contract::accountId));
        long churned = byAccount.values().stream()
                .filter(ks -> mrr(ks, TenantGenerator.AS_OF.minusYears(1)).signum() > 0
                        && mrr(ks, TenantGenerator.AS_OF).signum() == 0)
                .count();
        assertThat(churned).isBetween(50L, 250L);
    }

    private static BigDecimal mrr(List<Contract> contracts, LocalDate day) {
        return contracts.stream().filter(k -> k.covers(day)).map(Contract::mrr).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static <T> double share(List<T> rows, Predicate<T> test) {
        return rows.stream().filter(test).count() / (double) rows.size();
    }

    @Test
    void largerSizesHaveTheSpecifiedCounts() {
        assertThat(Arrays.stream(TenantSize.values()).map(TenantSize::accounts)).containsExactly(1_000, 20_000, 100_000);
        assertThat(List.of(TenantSize.M.contacts(), TenantSize.M.responses(), TenantSize.M.contracts(),
                TenantSize.M.activities())).containsExactly(200_000, 600_000, 60_000, 2_000_000);
        assertThat(List.of(TenantSize.L.contacts(), TenantSize.L.responses(), TenantSize.L.contracts(),
                TenantSize.L.activities())).containsExactly(1_000_000, 6_000_000, 300_000, 20_000_000);
    }
}
