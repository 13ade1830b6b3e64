package org.accountsuccess.console;

import static org.accountsuccess.console.KnownFigures.ACME_CARD;
import static org.accountsuccess.console.KnownFigures.BETA_CARD;
import static org.accountsuccess.console.KnownFigures.GAMMA_CARD;
import static org.assertj.core.api.Assertions.assertThat;

import org.accountsuccess.console.KnownFigures.FakeScorecards;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AttentionCommandTest {
    private final AttentionCommand command = new AttentionCommand();

    AttentionCommandTest() {
        command.scorecards = new FakeScorecards(GAMMA_CARD, BETA_CARD, ACME_CARD);
    }

    @Test
    void listsTheAccountsFailingCoverageOrWithAGapMostValuableFirstWithWhy() throws Exception {
        assertThat(Console.run(command)).isEqualTo("""
                Account | Name                | Owner  | Tier |  ARR (EUR) | Why
                --------+---------------------+--------+------+------------+-----------------------------------------------------------------------------------------------------------------
                acc-001 | Acme Logistics GmbH | u-rep1 |    1 | 144,000.00 | coverage: missing 1 A (decision maker); communication gap: 45 days since the last touch on 2026-10-01 (limit 30)
                acc-003 | Gamma Stores        | u-rep1 |    3 |   3,600.00 | communication gap: never touched (limit 90 days)
                2 account(s) need attention
                """);
    }

    @Test
    void jsonListsTheSameScorecards() throws Exception {
        command.json = true;

        JsonNode json = new ObjectMapper().readTree(Console.run(command));

        assertThat(json.findValuesAsText("id")).containsExactly("acc-001", "ctr-0001", "acc-003");
    }

    @Test
    void noneNeedingAttentionSaysSo() throws Exception {
        command.scorecards = new FakeScorecards(BETA_CARD);

        assertThat(Console.run(command)).contains("No account needs attention.");
    }
}
