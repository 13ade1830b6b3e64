package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.stakeholder.CoverageCheck;
import org.accountsuccess.api.stakeholder.ScoredResponse;
import org.accountsuccess.api.stakeholder.Stakeholder;
import org.accountsuccess.api.stakeholder.StakeholderLoyaltyService;
import org.accountsuccess.api.stakeholder.StakeholderMap;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.Role;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class StakeholdersCommandTest {
    private static final StakeholderMap MAP = new StakeholderMap("acc-001", KnownFigures.TODAY,
            DateWindow.lookback(KnownFigures.TODAY, 365), List.of(
                    stakeholder("con-1", "Chloé Khan", Role.A, true, LoyaltyClass.PROMOTER,
                            scored("r-9", 9, "2026-11-05"), scored("r-4", 6, "2026-08-07")),
                    stakeholder("con-2", "Jonas Weber", Role.A, false, LoyaltyClass.DETRACTOR,
                            scored("r-5", 4, "2026-02-10"), null),
                    stakeholder("con-3", "Ana Silva", Role.B, true, LoyaltyClass.PASSIVE,
                            scored("r-7", 8, "2026-09-01"), scored("r-2", 8, "2025-09-01")),
                    stakeholder("con-4", null, Role.C, true, LoyaltyClass.NON_RESPONDER, null, null)));

    private final StakeholdersCommand command = new StakeholdersCommand();

    StakeholdersCommandTest() {
        command.stakeholders = new StakeholderLoyaltyService() {
            @Override
            public Optional<StakeholderMap> stakeholders(String accountId, LocalDate asOf) {
                return accountId.equals("acc-001") ? Optional.of(MAP) : Optional.empty();
            }

            @Override
            public Optional<CoverageCheck> coverage(String accountId, LocalDate asOf) {
                throw new UnsupportedOperationException();
            }
        };
        command.accountId = "acc-001";
    }

    private static Stakeholder stakeholder(String id, String name, Role role, boolean active, LoyaltyClass c,
            ScoredResponse latest, ScoredResponse previous) {
        return new Stakeholder(new Contact(id, "acc-001", name, null, null, role, active), c,
                Optional.ofNullable(latest), Optional.ofNullable(previous));
    }

    private static ScoredResponse scored(String id, int score, String day) {
        LocalDate date = LocalDate.parse(day);
        return new ScoredResponse(id, score, date.atTime(10, 0).toInstant(ZoneOffset.UTC), date);
    }

    @Test
    void showsTheGridOfRoleByClassAndEveryContact() throws Exception {
        assertThat(Console.run(command)).isEqualTo("""
                Account acc-001 as of 2026-11-15, classes from responses 2025-11-16 to 2026-11-15
                Role               | promoter | passive | detractor | non_responder
                -------------------+----------+---------+-----------+--------------
                A (decision maker) |        1 |       0 |         1 |             0
                B (influencer)     |        0 |       1 |         0 |             0
                C (user)           |        0 |       0 |         0 |             1

                Contact | Name        | Role | Class         | Active | Latest | Latest on  | Previous | Previous on
                --------+-------------+------+---------------+--------+--------+------------+----------+------------
                con-1   | Chloé Khan  | A    | promoter      | yes    |      9 | 2026-11-05 |        6 | 2026-08-07
                con-2   | Jonas Weber | A    | detractor     | no     |      4 | 2026-02-10 |        - | -
                con-3   | Ana Silva   | B    | passive       | yes    |      8 | 2026-09-01 |        8 | 2025-09-01
                con-4   | n/a         | C    | non_responder | yes    |      - | -          |        - | -
                """);
    }

    @Test
    void anUnknownAccountIsNamed() {
        command.accountId = "acc-404";

        assertThatThrownBy(() -> Console.run(command)).hasMessage("unknown account 'acc-404'");
    }

    @Test
    void jsonIsTheStakeholderMap() throws Exception {
        command.json = true;

        JsonNode json = new ObjectMapper().readTree(Console.run(command));

        assertThat(json.at("/lookback/from").asText()).isEqualTo("2025-11-16");
        assertThat(json.at("/stakeholders/0/latest/score").asInt()).isEqualTo(9);
        assertThat(json.at("/stakeholders/0/latest/answeredAt").asText()).isEqualTo("2026-11-05T10:00:00Z");
        assertThat(json.at("/stakeholders/1/previous").isNull()).isTrue();
        assertThat(json.at("/stakeholders/3/contact/name").isNull()).isTrue();
    }
}
