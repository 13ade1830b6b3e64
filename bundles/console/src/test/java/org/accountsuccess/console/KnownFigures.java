package org.accountsuccess.console;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Interval;
import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.health.FactorScore;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.MissingFactor;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.scorecard.AccountLoyalty;
import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.api.scorecard.AccountScorecardService;
import org.accountsuccess.api.scorecard.RenewalDue;
import org.accountsuccess.api.stakeholder.CoverageCheck;
import org.accountsuccess.api.stakeholder.RoleCoverage;
import org.accountsuccess.api.timeline.CommunicationGap;
import org.accountsuccess.api.timeline.OverContact;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.HostDataStatus;
import org.accountsuccess.host.spi.Role;

/** Records with known values, as the services would answer them, and a fake scorecard service over them. */
final class KnownFigures {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-15T10:00:00Z"), ZoneOffset.UTC);

    /** metrics.md's worked example: 50 promoters, 30 passives, 20 detractors. */
    static final NpsResult FIFTY_THIRTY_TWENTY = new NpsResult(OptionalDouble.of(30.0), 100, 50, 30, 20,
            Optional.of(new Interval(14.05, 44.2)), OptionalDouble.of(7.81));
    static final NpsResult NO_RESPONSES = new NpsResult(OptionalDouble.empty(), 0, 0, 0, 0, Optional.empty(),
            OptionalDouble.empty());

    static final Account ACME = new Account("acc-001", "Acme Logistics GmbH", "u-rep1", "Enterprise", 1, "Logistics",
            "DE", null, null);
    static final Contract ACME_CONTRACT = new Contract("ctr-0001", "acc-001", LocalDate.of(2025, 4, 1),
            LocalDate.of(2027, 3, 31), new BigDecimal("12000.00"), null, false, null, "Core Platform Enterprise");

    /**
     * Loyalty (42.857 + 100) / 2 = 71.429 (weight 3) and engagement 100 (1 - 45 / 60) = 25 (weight 1), tickets
     * missing: (3 * 71.429 + 25) / 4 = 59.821, yellow; shares 75 % and 25 %, contributions 53.571 and 6.25.
     */
    static final HealthScore ACME_HEALTH = new HealthScore("acc-001", TODAY, OptionalDouble.of(59.821428571),
            Optional.of(HealthBand.YELLOW),
            List.of(new FactorScore("loyalty", 71.428571429, 3, 0.75, 53.571428571,
                            "account NPS 42.9 (role-weighted, 7 contacts)"),
                    new FactorScore("engagement", 25, 1, 0.25, 6.25,
                            "45 days since the last touch on 2026-10-01 (limit 30)")),
            List.of(new MissingFactor("tickets", 1, "no support tickets on record")));

    /** No factor with data; scored with the health rule of its segment. */
    static final HealthScore BETA_HEALTH = new HealthScore("acc-002", TODAY, OptionalDouble.empty(), Optional.empty(),
            List.of(), List.of(new MissingFactor("loyalty", 3, "no contact answered in the last 365 days")), "smb");

    /** A promoter account short of one decision maker, with a communication gap and a renewal due. */
    static final AccountScorecard ACME_CARD = new AccountScorecard(ACME, TODAY, "EUR", new BigDecimal("12000.00"),
            new BigDecimal("144000.00"),
            new AccountLoyalty(OptionalDouble.of(42.857142857), LoyaltyClass.PROMOTER, FIFTY_THIRTY_TWENTY),
            Optional.of(new RenewalDue(ACME_CONTRACT, 136, new BigDecimal("144000.00"))),
            new CoverageCheck("acc-001", 1, List.of(new RoleCoverage(Role.A, 2, 1), new RoleCoverage(Role.B, 3, 3),
                    new RoleCoverage(Role.C, 5, 5))),
            new CommunicationGap(Optional.of(LocalDate.of(2026, 10, 1)), OptionalLong.of(45), 30, true),
            new OverContact(3, 8, 30, false), KnownFigures.ACME_HEALTH, HostDataStatus.live());

    static final Account BETA = new Account("acc-002", "Beta, Hart & Partners LLP", "u-rep2", "SMB", 3, null, "GB",
            null, "GBP");

    /** An account nobody answered for, fully covered, recently touched, but flooded with marketing emails. */
    static final AccountScorecard BETA_CARD = new AccountScorecard(BETA, TODAY, "EUR", new BigDecimal("500.00"),
            new BigDecimal("6000.00"),
            new AccountLoyalty(OptionalDouble.empty(), LoyaltyClass.NON_RESPONDER, NO_RESPONSES), Optional.empty(),
            new CoverageCheck("acc-002", 3, List.of(new RoleCoverage(Role.A, 1, 1), new RoleCoverage(Role.B, 1, 1),
                    new RoleCoverage(Role.C, 1, 1))),
            new CommunicationGap(Optional.of(LocalDate.of(2026, 11, 2)), OptionalLong.of(13), 90, false),
            new OverContact(11, 8, 30, true), KnownFigures.BETA_HEALTH, HostDataStatus.live());

    /** A small account never touched: a gap with no last touch. */
    static final AccountScorecard GAMMA_CARD = new AccountScorecard(
            new Account("acc-003", "Gamma Stores", "u-rep1", "SMB", 3, null, null, null, null), TODAY, "EUR",
            new BigDecimal("300.00"), new BigDecimal("3600.00"),
            new AccountLoyalty(OptionalDouble.of(-20.0), LoyaltyClass.DETRACTOR, NO_RESPONSES), Optional.empty(),
            new CoverageCheck("acc-003", 3, List.of(new RoleCoverage(Role.A, 1, 1), new RoleCoverage(Role.B, 1, 1),
                    new RoleCoverage(Role.C, 1, 1))),
            new CommunicationGap(Optional.empty(), OptionalLong.empty(), 90, true), new OverContact(0, 8, 30, false),
            new HealthScore("acc-003", TODAY, OptionalDouble.of(20), Optional.of(HealthBand.RED),
                    List.of(new FactorScore("engagement", 20, 1, 1, 20, "no meaningful touch on record")), List.of()), HostDataStatus.live());

    private KnownFigures() {
    }

    /** Answers the known scorecards and remembers what it was asked. */
    static final class FakeScorecards implements AccountScorecardService {
        final List<AccountScorecard> cards;
        final List<AccountFilter> filters = new ArrayList<>();
        final List<LocalDate> dates = new ArrayList<>();

        FakeScorecards(AccountScorecard... cards) {
            this.cards = List.of(cards);
        }

        @Override
        public Optional<AccountScorecard> scorecard(String accountId, LocalDate asOf) {
            dates.add(asOf);
            return cards.stream().filter(c -> c.account().id().equals(accountId)).findFirst();
        }

        @Override
        public List<AccountScorecard> scorecards(AccountFilter filter, LocalDate asOf) {
            filters.add(filter);
            dates.add(asOf);
            return cards.stream().filter(c -> filter.matches(c.account())).toList();
        }

        @Override
        public List<org.accountsuccess.host.spi.Account> accounts(AccountFilter filter) {
            return scorecards(filter, null).stream().map(AccountScorecard::account).toList();
        }
    }
}
