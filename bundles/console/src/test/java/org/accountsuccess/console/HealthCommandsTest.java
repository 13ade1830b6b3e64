package org.accountsuccess.console;

import static org.accountsuccess.console.KnownFigures.ACME;
import static org.accountsuccess.console.KnownFigures.ACME_CONTRACT;
import static org.accountsuccess.console.KnownFigures.ACME_HEALTH;
import static org.accountsuccess.console.KnownFigures.BETA_HEALTH;
import static org.accountsuccess.console.KnownFigures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.health.BacktestBand;
import org.accountsuccess.api.health.DecileLift;
import org.accountsuccess.api.health.HealthBacktest;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.api.health.RedFlags;
import org.accountsuccess.api.health.SuggestedWeight;
import org.accountsuccess.api.renewal.PipelineEntry;
import org.accountsuccess.api.renewal.RenewalPipeline;
import org.junit.jupiter.api.Test;

/** as:health, as:health-trend, as:backtest and as:pipeline on known records. */
class HealthCommandsTest {
    private final List<Object> asked = new ArrayList<>();
    private final HealthService health = new HealthService() {
        @Override
        public Optional<HealthScore> health(String accountId, LocalDate asOf) {
            asked.add(asOf);
            return switch (accountId) {
                case "acc-001" -> Optional.of(ACME_HEALTH);
                case "acc-002" -> Optional.of(BETA_HEALTH);
                default -> Optional.empty();
            };
        }

        @Override
        public List<HealthScore> health(AccountFilter filter, LocalDate asOf) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<List<HealthScore>> trend(String accountId, LocalDate to, int months) {
            asked.add(to);
            asked.add(months);
            return accountId.equals("acc-001") ? Optional.of(List.of(BETA_HEALTH, ACME_HEALTH)) : Optional.empty();
        }

        @Override
        public HealthBacktest backtest(LocalDate asOf, LocalDate until, AccountFilter filter) {
            asked.add(asOf);
            asked.add(until);
            // renewed [80, 60, 40] against churned [50, 30]: 5 of 6 pairs
            // (BacktestTest's first example, with two weights)
            return new HealthBacktest(asOf, until, 3, 2, 1, OptionalDouble.of(5.0 / 6),
                    List.of(new BacktestBand(HealthBand.GREEN, 1, 0, OptionalDouble.of(80), OptionalDouble.of(1)),
                            new BacktestBand(HealthBand.YELLOW, 3, 1, OptionalDouble.of(50),
                                    OptionalDouble.of(2.0 / 3)),
                            new BacktestBand(HealthBand.RED, 1, 1, OptionalDouble.of(30), OptionalDouble.of(0))),
                    new RedFlags(1, 1, 2, OptionalDouble.of(1), OptionalDouble.of(0.5), OptionalDouble.of(90)),
                    new DecileLift(1, 1, OptionalDouble.of(1), OptionalDouble.of(0.4), OptionalDouble.of(2.5)),
                    "logistic regression of renewed on the factor scores of 5 accounts",
                    List.of(new SuggestedWeight("loyalty", 3, OptionalDouble.of(2.5), OptionalDouble.of(4)),
                            new SuggestedWeight("tickets", 1, OptionalDouble.of(-0.25), OptionalDouble.of(0))));
        }
    };

    @Test
    void healthShowsEachFactorAndTheMissingOnes() throws Exception {
        HealthCommand command = new HealthCommand();
        command.health = health;
        command.accountId = "acc-001";

        assertThat(Console.run(command)).isEqualTo("""
                Account acc-001 as of 2026-11-15: health 59.8 yellow

                Factor     | Score | Weight |  Share | Contribution | Reason
                -----------+-------+--------+--------+--------------+------------------------------------------------------
                loyalty    |  71.4 |      3 | 75.0 % |         53.6 | account NPS 42.9 (role-weighted, 7 contacts)
                engagement |  25.0 |      1 | 25.0 % |          6.3 | 45 days since the last touch on 2026-10-01 (limit 30)

                Missing | Weight | Reason
                --------+--------+-----------------------------
                tickets |      1 | no support tickets on record
                """);
        assertThat(asked).containsExactly(TODAY);
    }

    @Test
    void healthWithoutDataAndUnknownAccounts() throws Exception {
        HealthCommand command = new HealthCommand();
        command.health = health;
        command.accountId = "acc-002";
        command.asOf = "2026-01-31";

        assertThat(Console.run(command)).contains("health n/a (health rule 'smb')")
                .contains("No factor has data for this account.")
                .contains("loyalty |      3 | no contact answered in the last 365 days");
        assertThat(asked).containsExactly(LocalDate.of(2026, 1, 31));
        command.accountId = "acc-999";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("unknown account 'acc-999'");
    }

    @Test
    void trendListsTheMonthEnds() throws Exception {
        HealthTrendCommand command = new HealthTrendCommand();
        command.health = health;
        command.accountId = "acc-001";
        command.months = "2";

        assertThat(Console.run(command)).isEqualTo("""
                Account acc-001
                Day        | Health | Band   | Missing factors
                -----------+--------+--------+----------------
                2026-11-15 |    n/a | -      | loyalty
                2026-11-15 |   59.8 | yellow | tickets
                """);
        assertThat(asked).containsExactly(TODAY, 2);
        command.months = "61";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("--months: 61 is more than 60");
    }

    @Test
    void backtestReportsAucCalibrationRedFlagsLiftAndSuggestedWeights() throws Exception {
        BacktestCommand command = new BacktestCommand();
        command.health = health;
        command.asOf = "2025-11-15";

        assertThat(Console.run(command)).isEqualTo("""
                Scored on        | 2025-11-15
                Outcome on       | 2026-11-15
                Renewed          | 3
                Churned          | 2
                Unscored         | 1
                AUC              | 0.833
                Red: precision   | 100.0 % (1 of 1 red churned)
                Red: recall      | 50.0 % (1 of 2 churned were red)
                Red: median lead | 90 days before the end date
                Riskiest decile  | 100.0 % churned of 1 against 40.0 %: lift 2.50

                Band   | Accounts | Churned | Churn rate | Mean score | Renewal rate
                -------+----------+---------+------------+------------+-------------
                green  |        1 |       0 |      0.0 % |       80.0 |      100.0 %
                yellow |        3 |       1 |     33.3 % |       50.0 |       66.7 %
                red    |        1 |       1 |    100.0 % |       30.0 |        0.0 %

                Factor  | Configured | Suggested | Coefficient
                --------+------------+-----------+------------
                loyalty |          3 |      4.00 |       2.500
                tickets |          1 |      0.00 |      -0.250
                Suggested weights: logistic regression of renewed on the factor scores of 5 accounts. They are not\
                 applied: set them in org.accountsuccess.health (weights) to use them.
                """);
        assertThat(asked).containsExactly(LocalDate.of(2025, 11, 15), TODAY);
    }

    @Test
    void backtestRefusesAHorizonNotYetOver() {
        BacktestCommand command = new BacktestCommand();
        command.health = health;
        command.asOf = "2026-01-01";
        assertThatThrownBy(() -> Console.run(command)).hasMessageContaining("the horizon ends 2027-01-01, after today");
        command.until = "2025-12-31";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("--until 2025-12-31 is not after --as-of 2026-01-01");
        command.asOf = null;
        assertThatThrownBy(() -> Console.run(command)).hasMessage("--as-of is required (YYYY-MM-DD)");
    }

    @Test
    void pipelineRiskiestFirst() throws Exception {
        PipelineCommand command = new PipelineCommand();
        OptionalInt[] days = new OptionalInt[1];
        command.pipeline = (asOf, horizon, filter) -> {
            days[0] = horizon;
            return new RenewalPipeline(asOf, asOf.plusDays(horizon.orElse(120)), "EUR", new BigDecimal("144000.00"),
                    List.of(new PipelineEntry(ACME_CONTRACT, ACME, 136, new BigDecimal("144000.00"),
                            OptionalDouble.of(35.5), Optional.of(HealthBand.RED), LoyaltyClass.DETRACTOR)));
        };
        command.days = "150";

        assertThat(Console.run(command)).isEqualTo("""
                Contract | Account | Name                | Ends       | Days | ARR at stake | Health | Band | Decision makers
                ---------+---------+---------------------+------------+------+--------------+--------+------+----------------
                ctr-0001 | acc-001 | Acme Logistics GmbH | 2027-03-31 |  136 |   144,000.00 |   35.5 | red  | detractor
                1 contract(s) ending 2026-11-15 to 2027-04-14, ARR at stake 144,000.00 EUR
                """);
        assertThat(days[0]).hasValue(150);
        command.days = "-1";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("--days: '-1' is not a whole number of at least 0");
    }
}
