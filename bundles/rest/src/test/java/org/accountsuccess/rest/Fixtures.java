package org.accountsuccess.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.health.DecileLift;
import org.accountsuccess.api.health.HealthBacktest;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.api.health.RedFlags;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.scorecard.AccountLoyalty;
import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.api.scorecard.AccountScorecardService;
import org.accountsuccess.api.stakeholder.CoverageCheck;
import org.accountsuccess.api.stakeholder.RoleCoverage;
import org.accountsuccess.api.timeline.CommunicationGap;
import org.accountsuccess.api.timeline.OverContact;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.HostDataStatus;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.rest.access.AccountScope;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Authentication;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.access.ProductRole;

/** Hand-written fakes and records for the resource tests: no container. */
final class Fixtures {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

    private Fixtures() {
    }

    static Account account(String id, String owner, String segment, int tier) {
        return new Account(id, "Name of " + id, owner, segment, tier, null, null, null, "EUR");
    }

    /** A scorecard; {@code nps} null for an account without a counted response; coverage short when {@code shortOfA}. */
    static AccountScorecard scorecard(Account account, Double nps, String arr, boolean shortOfA, Double health) {
        OptionalDouble value = nps == null ? OptionalDouble.empty() : OptionalDouble.of(nps);
        LoyaltyClass loyalty = nps == null ? LoyaltyClass.NON_RESPONDER
                : nps >= 30 ? LoyaltyClass.PROMOTER : nps < 0 ? LoyaltyClass.DETRACTOR : LoyaltyClass.PASSIVE;
        NpsResult contacts = new NpsResult(OptionalDouble.empty(), 0, 0, 0, 0, Optional.empty(), OptionalDouble.empty());
        BigDecimal yearly = new BigDecimal(arr);
        return new AccountScorecard(account, AS_OF, "EUR", yearly.divide(BigDecimal.valueOf(12)), yearly,
                new AccountLoyalty(value, loyalty, contacts), Optional.empty(),
                new CoverageCheck(account.id(), account.tier(), List.of(new RoleCoverage(Role.A, 1, shortOfA ? 0 : 1))),
                new CommunicationGap(Optional.of(AS_OF), OptionalLong.of(0), 90, false),
                new OverContact(0, 8, 30, false), health(account.id(), health), HostDataStatus.live());
    }

    /** A health score of {@code score} (banded 70/40) without factors; none when {@code score} is null. */
    static HealthScore health(String accountId, Double score) {
        if (score == null) {
            return new HealthScore(accountId, AS_OF, OptionalDouble.empty(), Optional.empty(), List.of(), List.of());
        }
        HealthBand band = score >= 70 ? HealthBand.GREEN : score >= 40 ? HealthBand.YELLOW : HealthBand.RED;
        return new HealthScore(accountId, AS_OF, OptionalDouble.of(score), Optional.of(band), List.of(), List.of());
    }

    static SecurityContext as(String user, ProductRole... roles) {
        return new Authentication.CallerContext(new Caller(user, Set.of(roles)), false);
    }

    /** Managers and admins see all; a rep sees the accounts of {@code accounts} they own. */
    static AccountScopes ownerScopes(List<Account> accounts) {
        return caller -> caller.seesAllAccounts() ? AccountScope.ALL
                : new AccountScope(accounts.stream().filter(a -> caller.user().equals(a.owner())).map(Account::id)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    /** The health of the scorecards' accounts; the trend repeats today's score. */
    static final class FakeHealth implements HealthService {
        private final List<AccountScorecard> all;

        FakeHealth(List<AccountScorecard> all) {
            this.all = all;
        }

        @Override
        public Optional<HealthScore> health(String accountId, LocalDate asOf) {
            return all.stream().filter(s -> s.account().id().equals(accountId)).findFirst()
                    .map(AccountScorecard::health);
        }

        @Override
        public List<HealthScore> health(AccountFilter filter, LocalDate asOf) {
            return all.stream().filter(s -> filter.matches(s.account())).map(AccountScorecard::health).toList();
        }

        @Override
        public Optional<List<HealthScore>> trend(String accountId, LocalDate to, int months) {
            return health(accountId, to).map(h -> java.util.Collections.nCopies(months, h));
        }

        @Override
        public HealthBacktest backtest(LocalDate asOf, LocalDate until, AccountFilter filter) {
            return new HealthBacktest(asOf, until, 0, 0, 0, OptionalDouble.empty(), List.of(),
                    new RedFlags(0, 0, 0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty()),
                    new DecileLift(0, 0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty()),
                    "no suggestion", List.of());
        }
    }

    /** Scorecards of fixed accounts; remembers the last filter it was asked with and the accounts asked one by one. */
    static final class FakeScorecards implements AccountScorecardService {
        final List<AccountScorecard> all;
        final List<String> askedOneByOne = new java.util.ArrayList<>();
        AccountFilter lastFilter;

        FakeScorecards(List<AccountScorecard> all) {
            this.all = all;
        }

        @Override
        public Optional<AccountScorecard> scorecard(String accountId, LocalDate asOf) {
            askedOneByOne.add(accountId);
            return all.stream().filter(s -> s.account().id().equals(accountId)).findFirst();
        }

        @Override
        public List<AccountScorecard> scorecards(AccountFilter filter, LocalDate asOf) {
            lastFilter = filter;
            return all.stream().filter(s -> filter.matches(s.account())).toList();
        }

        /** The accounts in reverse order: a page must sort them itself. */
        @Override
        public List<Account> accounts(AccountFilter filter) {
            return all.stream().map(AccountScorecard::account).filter(filter::matches)
                    .sorted(java.util.Comparator.comparing(Account::id).reversed()).toList();
        }
    }
}
