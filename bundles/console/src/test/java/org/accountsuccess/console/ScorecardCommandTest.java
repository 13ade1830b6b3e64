package org.accountsuccess.console;

import static org.accountsuccess.console.KnownFigures.ACME;
import static org.accountsuccess.console.KnownFigures.ACME_CARD;
import static org.accountsuccess.console.KnownFigures.BETA_CARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.accountsuccess.api.scorecard.AccountScorecard;

import org.accountsuccess.console.KnownFigures.FakeScorecards;
import org.accountsuccess.host.spi.HostDataStatus;
import org.accountsuccess.host.spi.HostDataStatus.Freshness;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ScorecardCommandTest {
    private final FakeScorecards scorecards = new FakeScorecards(ACME_CARD, BETA_CARD);
    private final ScorecardCommand command = new ScorecardCommand();

    ScorecardCommandTest() {
        command.scorecards = scorecards;
        command.accountId = "acc-001";
    }

    @Test
    void showsTheHealthSummary() throws Exception {
        assertThat(Console.run(command)).isEqualTo("""
                Account       | acc-001  Acme Logistics GmbH
                Owner         | u-rep1
                Segment, tier | Enterprise, tier 1
                As of         | 2026-11-15
                Account NPS   | 42.9 (role-weighted), promoter
                Contact NPS   | 30.0, 95 % interval [14.1, 44.2], n = 100
                MRR           | 12,000.00 EUR
                ARR           | 144,000.00 EUR
                Next renewal  | 2027-03-31 (in 136 days), ARR at stake 144,000.00 EUR, contract ctr-0001
                Coverage      | missing 1 A (decision maker)
                Communication | GAP: 45 days since the last touch on 2026-10-01 (limit 30)
                Over-contact  | ok: 3 marketing emails in 30 days (limit 8)
                Health        | 59.8 yellow (2 factors, 1 missing; as:health for each)
                """);
    }

    @Test
    void undefinedFiguresReadNotAvailable() throws Exception {
        command.accountId = "acc-002";

        assertThat(Console.run(command))
                .contains("Account NPS   | n/a (role-weighted), non_responder")
                .contains("Contact NPS   | n/a, 95 % interval n/a, n = 0")
                .contains("Next renewal  | none due")
                .contains("Coverage      | ok")
                .contains("Over-contact  | OVER-CONTACTED: 11 marketing emails in 30 days (limit 8)")
                .contains("Health        | n/a (0 factors, 1 missing, rule 'smb'; as:health for each)");
    }

    @Test
    void staleHostDataIsSaidFirst() throws Exception {
        FakeScorecards stale = new FakeScorecards(new AccountScorecard(ACME, ACME_CARD.asOf(), "EUR", ACME_CARD.mrr(),
                ACME_CARD.arr(), ACME_CARD.loyalty(), ACME_CARD.nextRenewal(), ACME_CARD.coverage(),
                ACME_CARD.communicationGap(), ACME_CARD.overContact(), ACME_CARD.health(), new HostDataStatus(Freshness.STALE,
                        Instant.parse("2026-11-15T08:30:00Z"), "Tryton at http://127.0.0.1:8000/ is unreachable")));
        command.scorecards = stale;

        assertThat(Console.run(command)).startsWith("""
                Host data     | STALE: read 2026-11-15T08:30:00Z; Tryton at http://127.0.0.1:8000/ is unreachable
                Account       | acc-001  Acme Logistics GmbH
                """);
    }

    @Test
    void asOfIsPassedOn() throws Exception {
        command.asOf = "2026-01-31";

        Console.run(command);

        assertThat(scorecards.dates).containsExactly(LocalDate.of(2026, 1, 31));
    }

    @Test
    void anUnknownAccountIsNamed() {
        command.accountId = "acc-999";

        assertThatThrownBy(() -> Console.run(command)).isInstanceOf(InputException.class)
                .hasMessage("unknown account 'acc-999'");
    }

    @Test
    void jsonHasIsoDatesAndTheIntervalUnrounded() throws Exception {
        command.json = true;

        JsonNode json = new ObjectMapper().readTree(Console.run(command));

        assertThat(json.get("asOf").asText()).isEqualTo("2026-11-15");
        assertThat(json.at("/nextRenewal/contract/endDate").asText()).isEqualTo("2027-03-31");
        assertThat(json.at("/loyalty/contacts/interval/low").asDouble()).isEqualTo(14.05);
        assertThat(json.at("/communicationGap/lastTouch").asText()).isEqualTo("2026-10-01");
        assertThat(json.at("/communicationGap/daysSince").asLong()).isEqualTo(45);
    }
}
