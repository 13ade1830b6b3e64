package org.accountsuccess.console;

import static org.accountsuccess.console.KnownFigures.ACME_CARD;
import static org.accountsuccess.console.KnownFigures.BETA_CARD;
import static org.accountsuccess.console.KnownFigures.GAMMA_CARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.console.KnownFigures.FakeScorecards;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AccountsCommandTest {
    private final FakeScorecards scorecards = new FakeScorecards(ACME_CARD, BETA_CARD, GAMMA_CARD);
    private final AccountsCommand command = new AccountsCommand();

    AccountsCommandTest() {
        command.scorecards = scorecards;
    }

    @Test
    void listsEveryAccountAsOfTodayInAnAlignedTable() throws Exception {
        String text = Console.run(command);

        assertThat(text).isEqualTo("""
                Account | Name                      | Owner  | Segment    | Tier |  ARR (EUR) |   NPS | Loyalty       | Health      | Flags
                --------+---------------------------+--------+------------+------+------------+-------+---------------+-------------+-------------
                acc-001 | Acme Logistics GmbH       | u-rep1 | Enterprise |    1 | 144,000.00 |  42.9 | promoter      | 59.8 yellow | coverage,gap
                acc-002 | Beta, Hart & Partners LLP | u-rep2 | SMB        |    3 |   6,000.00 |   n/a | non_responder | n/a         | over-contact
                acc-003 | Gamma Stores              | u-rep1 | SMB        |    3 |   3,600.00 | -20.0 | detractor     | 20.0 red    | gap
                3 account(s) as of 2026-11-15
                """);
        assertThat(scorecards.dates).containsExactly(KnownFigures.TODAY);
        assertThat(scorecards.filters).containsExactly(AccountFilter.ALL);
    }

    @Test
    void filtersByOwnerSegmentAndTier() throws Exception {
        command.owner = "u-rep1";
        command.segment = "SMB";
        command.tier = "3";
        command.asOf = "2026-06-30";

        String text = Console.run(command);

        assertThat(scorecards.filters).containsExactly(new AccountFilter(null, "SMB", 3, "u-rep1"));
        assertThat(scorecards.dates).containsExactly(LocalDate.of(2026, 6, 30));
        assertThat(text).contains("acc-003").doesNotContain("acc-001", "acc-002");
    }

    @Test
    void anEmptyListSaysSo() throws Exception {
        command.owner = "nobody";

        assertThat(Console.run(command)).contains("No account matches.").contains("0 account(s)");
    }

    @Test
    void badTierAndBadDateAreRefusedByName() {
        command.tier = "4";
        assertThatThrownBy(() -> Console.run(command)).isInstanceOf(InputException.class)
                .hasMessage("--tier: '4' is not a tier (1, 2 or 3)");

        command.tier = null;
        command.asOf = "2026-13-01";
        assertThatThrownBy(() -> Console.run(command)).isInstanceOf(InputException.class)
                .hasMessage("--as-of: '2026-13-01' is not a date (expected YYYY-MM-DD)");
        assertThat(scorecards.filters).isEmpty();
    }

    @Test
    void jsonIsTheListOfScorecardsUnrounded() throws Exception {
        command.json = true;

        JsonNode json = new ObjectMapper().readTree(Console.run(command));

        assertThat(json).hasSize(3);
        assertThat(json.get(0).at("/account/id").asText()).isEqualTo("acc-001");
        assertThat(json.get(0).at("/loyalty/accountNps").asDouble()).isEqualTo(42.857142857);
        assertThat(json.get(0).at("/arr").decimalValue()).isEqualByComparingTo("144000");
        assertThat(json.get(1).at("/loyalty/accountNps").isNull()).isTrue();
        assertThat(json.get(1).at("/loyalty/loyaltyClass").asText()).isEqualTo("NON_RESPONDER");
        assertThat(json.get(1).get("nextRenewal").isNull()).isTrue();
        assertThat(json.get(2).at("/communicationGap/daysSince").isNull()).isTrue();
    }
}
