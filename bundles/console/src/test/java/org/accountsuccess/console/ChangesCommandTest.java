package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.changes.AccountChanges;
import org.accountsuccess.api.changes.AccountChanges.Change;
import org.accountsuccess.api.changes.ContactMove;
import org.accountsuccess.api.changes.FactorChange;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.host.spi.Role;
import org.junit.jupiter.api.Test;

class ChangesCommandTest {
    private final ChangesCommand command = new ChangesCommand();
    private LocalDate askedFrom;

    ChangesCommandTest() {
        command.changes = (id, from, to) -> {
            askedFrom = from;
            return id.equals("acc-001") ? Optional.of(new AccountChanges(id, from, to,
                    Change.of(OptionalDouble.of(70), OptionalDouble.of(56.5)), Optional.of(HealthBand.GREEN),
                    Optional.of(HealthBand.YELLOW), Change.of(OptionalDouble.of(60), OptionalDouble.of(-60)),
                    LoyaltyClass.PROMOTER, LoyaltyClass.DETRACTOR,
                    List.of(new FactorChange("loyalty", Change.of(OptionalDouble.of(80), OptionalDouble.of(20)),
                            Change.of(OptionalDouble.of(40), OptionalDouble.of(6.67)), "NPS 60", "NPS -60")),
                    List.of(new ContactMove("c-1", "Ada Lovelace", Role.A, LoyaltyClass.PROMOTER, LoyaltyClass.DETRACTOR))))
                    : Optional.empty();
        };
        command.accountId = "acc-001";
    }

    @Test
    void showsBothDaysTheFactorsLargestMoveFirstAndWhoMovedClass() throws Exception {
        assertThat(Console.run(command)).isEqualTo("""
                Account     | acc-001, 2026-08-17 against 2026-11-15
                Health      | 70.0 green -> 56.5 yellow (-13.5 points)
                Account NPS | 60.0 promoter -> -60.0 detractor (-120.0 points)

                Factor  | Score before | Score after | Contribution | Reason now
                --------+--------------+-------------+--------------+-----------
                loyalty |         80.0 |        20.0 | -33.3 points | NPS -60

                Contact            | Role | Before   | After
                -------------------+------+----------+----------
                Ada Lovelace (c-1) | A    | promoter | detractor
                """);
        // 90 days before today (2026-11-15) by default
        assertThat(askedFrom).isEqualTo(LocalDate.of(2026, 8, 17));
    }

    @Test
    void anUnknownAccountAndAnInvertedWindowAreRefused() {
        command.accountId = "acc-404";
        assertThatThrownBy(() -> Console.run(command)).isInstanceOf(InputException.class).hasMessage("unknown account 'acc-404'");
        command.accountId = "acc-001";
        command.from = "2026-11-16";
        assertThatThrownBy(() -> Console.run(command))
                .hasMessage("--from 2026-11-16 is after --to 2026-11-15: the window is inverted");
    }
}
