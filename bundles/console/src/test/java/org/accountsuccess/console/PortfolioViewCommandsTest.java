package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.drivers.DriverImpact;
import org.accountsuccess.api.drivers.DriverReport;
import org.accountsuccess.api.enps.DepartmentEnps;
import org.accountsuccess.api.enps.EnpsReport;
import org.accountsuccess.api.lifecycle.ClassShare;
import org.accountsuccess.api.lifecycle.LifecycleReport;
import org.accountsuccess.api.lifecycle.ParetoPart;
import org.accountsuccess.api.lifecycle.RankedAccount;
import org.accountsuccess.api.matrix.MatrixMeasure;
import org.accountsuccess.api.matrix.MatrixPoint;
import org.accountsuccess.api.matrix.NoMarginException;
import org.accountsuccess.api.matrix.Quadrant;
import org.accountsuccess.api.matrix.QuadrantSummary;
import org.accountsuccess.api.matrix.SuccessMatrix;
import org.accountsuccess.api.movement.ContactMovement;
import org.accountsuccess.api.movement.Direction;
import org.accountsuccess.api.movement.MovementReport;
import org.accountsuccess.api.simulation.ClassMove;
import org.accountsuccess.api.simulation.ClassOutlook;
import org.accountsuccess.api.simulation.Scenario;
import org.accountsuccess.api.simulation.SimulationResult;
import org.accountsuccess.api.stakeholder.ScoredResponse;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.Role;
import org.junit.jupiter.api.Test;

/** The console commands of the portfolio views and eNPS over hand-made service answers. */
class PortfolioViewCommandsTest {
    private static final LocalDate TODAY = KnownFigures.TODAY;
    private final List<Object> asked = new ArrayList<>();

    @Test
    void matrixPrintsTheQuadrantsAndPassesDayMeasureAndFilter() throws Exception {
        MatrixCommand command = new MatrixCommand();
        command.matrices = (asOf, measure, filter) -> {
            asked.add(asOf);
            asked.add(measure);
            asked.add(filter);
            return new SuccessMatrix(asOf, measure, "EUR", Optional.of(new BigDecimal("2400")), 2, 1,
                    List.of(new QuadrantSummary(Quadrant.GROW_AND_REFERENCE, "grow and reference", 1,
                            new BigDecimal("12000")),
                            new QuadrantSummary(Quadrant.FIREFIGHT, "firefight", 0, BigDecimal.ZERO),
                            new QuadrantSummary(Quadrant.DEVELOP, "develop", 0, BigDecimal.ZERO),
                            new QuadrantSummary(Quadrant.FIX_OR_AUTOMATE, "fix or automate", 1, new BigDecimal("1200"))),
                    List.of(new MatrixPoint("p", "Pine", "u1", 100, LoyaltyClass.PROMOTER, new BigDecimal("12000"),
                            Quadrant.GROW_AND_REFERENCE)));
        };
        command.tier = "2";
        command.accounts = true;

        String printed = Console.run(command);

        assertThat(printed).contains("Split      | account NPS 0; ARR 2,400.00 (median)")
                .contains("Left out   | 1 account(s) without an account NPS")
                .containsPattern("grow_and_reference +\\| grow and reference +\\| +1 \\| +12,000.00")
                .containsPattern("fix_or_automate +\\| fix or automate +\\| +1 \\| +1,200.00")
                .containsPattern("grow_and_reference \\| p +\\| Pine +\\| 100.0 \\| promoter \\| 12,000.00");
        assertThat(asked).containsExactly(TODAY, MatrixMeasure.ARR, new AccountFilter(null, null, 2, null));

        command.measure = "margin";
        command.matrices = (asOf, measure, filter) -> {
            throw new NoMarginException("no margin figure for the selected accounts in 2025-12 to 2026-11");
        };
        assertThatThrownBy(() -> Console.run(command)).isInstanceOf(InputException.class)
                .hasMessage("--measure margin: no margin figure for the selected accounts in 2025-12 to 2026-11");
        command.measure = "profit";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("--measure: 'profit' is not one of arr, margin");
    }

    @Test
    void lifecyclePrintsHeadAndTailByClass() throws Exception {
        LifecycleCommand command = new LifecycleCommand();
        command.lifecycle = (asOf, share, filter) -> {
            asked.add(share);
            double headShare = share.orElseThrow();
            ParetoPart head = new ParetoPart(1, new BigDecimal("12000"), OptionalDouble.of(12000.0 / 15000),
                    shares(1, "12000", 0, "0"));
            ParetoPart tail = new ParetoPart(1, new BigDecimal("3000"), OptionalDouble.of(0.2), shares(0, "0", 1, "3000"));
            return new LifecycleReport(asOf, "EUR", headShare, 2, new BigDecimal("15000"), head, tail,
                    List.of(new RankedAccount(1, "p", "Pine", new BigDecimal("12000"), 0.8, LoyaltyClass.PROMOTER, true),
                            new RankedAccount(2, "q", "Quay", new BigDecimal("3000"), 1.0, LoyaltyClass.DETRACTOR,
                                    false)));
        };
        command.headShare = "0.75";

        String printed = Console.run(command);

        assertThat(asked).containsExactly(OptionalDouble.of(0.75));
        assertThat(printed).contains("Head              | 1 account(s) reaching 75.0 %: 12,000.00 (80.0 %)")
                .contains("Tail              | 1 account(s): 3,000.00 (20.0 %)")
                .containsPattern("promoter +\\| +1 \\| +12,000.00 \\| +0 \\| +0.00")
                .containsPattern("detractor +\\| +0 \\| +0.00 \\| +1 \\| +3,000.00");
        command.headShare = "80";
        assertThatThrownBy(() -> Console.run(command))
                .hasMessage("--head-share: '80' is not a number above 0 and at most 1");
    }

    private static List<ClassShare> shares(int promoters, String promoterArr, int detractors, String detractorArr) {
        return List.of(new ClassShare(LoyaltyClass.PROMOTER, promoters, new BigDecimal(promoterArr)),
                new ClassShare(LoyaltyClass.PASSIVE, 0, BigDecimal.ZERO),
                new ClassShare(LoyaltyClass.DETRACTOR, detractors, new BigDecimal(detractorArr)),
                new ClassShare(LoyaltyClass.NON_RESPONDER, 0, BigDecimal.ZERO));
    }

    @Test
    void climbersPrintBothListsAndDefaultToTheYearToToday() throws Exception {
        ClimbersCommand command = new ClimbersCommand();
        command.movements = (window, filter) -> {
            asked.add(window);
            ContactMovement faller = new ContactMovement("c1", "Ann", Role.A, "a1", "Acme", new BigDecimal("18000"),
                    new ScoredResponse("r1", 10, Instant.parse("2026-01-01T10:00:00Z"), LocalDate.of(2026, 1, 1)),
                    new ScoredResponse("r2", 3, Instant.parse("2026-10-01T10:00:00Z"), LocalDate.of(2026, 10, 1)),
                    LoyaltyClass.PROMOTER, LoyaltyClass.DETRACTOR, Direction.FALLER);
            return new MovementReport(window, "EUR", List.of(), List.of(faller), List.of(), List.of());
        };

        String printed = Console.run(command);

        assertThat(asked).containsExactly(new DateWindow(LocalDate.of(2025, 11, 16), TODAY));
        assertThat(printed).contains("Contact climbers (0)").contains("Contact fallers (1)")
                .containsPattern("c1 +\\| Ann +\\| A +\\| a1 +\\| Acme +\\| 18,000.00 \\| 10 promoter \\| 3 detractor \\|"
                        + " 2026-10-01")
                .contains("Account fallers (0)").doesNotContain("more (--limit)");
        command.limit = "0";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("--limit: '0' is not a whole number of at least 1");
    }

    @Test
    void climbersPrintAtMostTheLimitPerList() throws Exception {
        ClimbersCommand command = new ClimbersCommand();
        List<ContactMovement> climbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            climbers.add(new ContactMovement("c" + i, "N" + i, Role.C, "a1", "Acme", new BigDecimal("100"),
                    new ScoredResponse("r" + i, 3, Instant.parse("2026-01-01T10:00:00Z"), LocalDate.of(2026, 1, 1)),
                    new ScoredResponse("s" + i, 9, Instant.parse("2026-10-01T10:00:00Z"), LocalDate.of(2026, 10, 1)),
                    LoyaltyClass.DETRACTOR, LoyaltyClass.PROMOTER, Direction.CLIMBER));
        }
        command.movements = (window, filter) -> new MovementReport(window, "EUR", climbers, List.of(), List.of(),
                List.of());
        command.limit = "2";

        String printed = Console.run(command);

        assertThat(printed).contains("Contact climbers (3)").contains("c0 ").contains("c1 ").doesNotContain("c2 ")
                .contains("... and 1 more (--limit)");
    }

    @Test
    void driversRankByDetractorsOrByArr() throws Exception {
        DriversCommand command = new DriversCommand();
        DriverImpact price = new DriverImpact("price", 3, 0, 4, 0, 3, KnownFigures.FIFTY_THIRTY_TWENTY, 3,
                new BigDecimal("14400"));
        DriverImpact support = new DriverImpact("support", 5, 1, 4, 0, 4, KnownFigures.FIFTY_THIRTY_TWENTY, 1,
                new BigDecimal("1200"));
        command.drivers = (window, filter) -> new DriverReport(window, "EUR", 10, 8, List.of(support, price),
                List.of(price, support));

        assertThat(Console.run(command)).contains("ranked by detractor mentions").containsPattern(
                "(?s)support .*price ");
        command.rank = "arr";
        assertThat(Console.run(command)).contains("ranked by ARR at stake")
                .containsPattern("(?s)price +\\| +3 \\| +0 \\| +4 \\| +0 \\| +3 \\| 30.0 \\| +3 \\| +14,400.00.*support");
    }

    @Test
    void simulateReadsMovesAndPrintsTheProjection() throws Exception {
        SimulateCommand command = new SimulateCommand();
        command.simulator = (scenario, filter) -> {
            asked.add(scenario);
            ClassOutlook promoter = new ClassOutlook(LoyaltyClass.PROMOTER, 1, new BigDecimal("5400"),
                    Optional.of(new BigDecimal("5400")), OptionalDouble.of(1.5), OptionalDouble.of(1.5), 1.5,
                    new BigDecimal("14400"), Optional.of(new BigDecimal("8100")), Optional.of(new BigDecimal("21600")));
            return new SimulationResult(scenario, "EUR", new DateWindow(LocalDate.of(2025, 11, 16), TODAY),
                    OptionalDouble.of(1.2), List.of(promoter), new BigDecimal("23400"),
                    Optional.of(new BigDecimal("29372.73")), Optional.of(new BigDecimal("32236.36")),
                    Optional.of(new BigDecimal("2863.63")), OptionalDouble.of(50), OptionalDouble.of(75));
        };
        command.moves = List.of("passive:promoter:0.5", "Detractor:passive:0.25");

        String printed = Console.run(command);

        assertThat(asked).containsExactly(new Scenario(TODAY, List.of(
                new ClassMove(LoyaltyClass.PASSIVE, LoyaltyClass.PROMOTER, 0.5),
                new ClassMove(LoyaltyClass.DETRACTOR, LoyaltyClass.PASSIVE, 0.25))));
        assertThat(printed).contains("Moves      | passive -> promoter 50.0 %, detractor -> passive 25.0 %")
                .contains("Projection           | 32,236.36").contains("Difference           | 2,863.63")
                .contains("Implied account NPS  | 75.0");
        command.moves = List.of("passive:promoter");
        assertThatThrownBy(() -> Console.run(command))
                .hasMessage("--move: 'passive:promoter' is not from:to:share (e.g. detractor:passive:0.25)");
        command.moves = List.of("passive:promoter:lots");
        assertThatThrownBy(() -> Console.run(command)).hasMessageContaining("'lots'");
        command.moves = List.of("passive:promoter:0.7", "passive:detractor:0.7");
        assertThatThrownBy(() -> Console.run(command)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("--move: moves[1].share: the shares moved out of PASSIVE add up to 1.4");
    }

    @Test
    void enpsShowsSmallDepartmentsAsTooFewToShow() throws Exception {
        EnpsCommand command = new EnpsCommand();
        command.enps = window -> new EnpsReport(window, 5, Optional.of(KnownFigures.FIFTY_THIRTY_TWENTY),
                List.of(new DepartmentEnps("Ops", Optional.empty()),
                        new DepartmentEnps("Sales", Optional.of(KnownFigures.FIFTY_THIRTY_TWENTY))));

        String printed = Console.run(command);

        assertThat(printed).isEqualTo("""
                Employee responses 2025-11-16 to 2026-11-15, groups of fewer than 5 are not shown, nor any group the others would give away
                Department                   |            eNPS |   n | Promoters | Passives | Detractors | 95 % interval
                -----------------------------+-----------------+-----+-----------+----------+------------+--------------
                all departments              |            30.0 | 100 |        50 |       30 |         20 |  [14.1, 44.2]
                Ops                          | too few to show |     |           |          |            |
                Sales                        |            30.0 | 100 |        50 |       30 |         20 |  [14.1, 44.2]
                other (the groups not shown) | too few to show |     |           |          |            |
                """);
        command.from = "2026-12-01";
        assertThatThrownBy(() -> Console.run(command)).hasMessage(
                "--from 2026-12-01 is after --to 2026-11-15: the window is inverted");
    }
}
