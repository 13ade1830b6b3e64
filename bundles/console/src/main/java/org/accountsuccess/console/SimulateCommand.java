package org.accountsuccess.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.simulation.ClassMove;
import org.accountsuccess.api.simulation.ClassOutlook;
import org.accountsuccess.api.simulation.InvalidScenarioException;
import org.accountsuccess.api.simulation.RevenueSimulator;
import org.accountsuccess.api.simulation.Scenario;
import org.accountsuccess.api.simulation.SimulationResult;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:simulate}: the revenue simulator, ARR a year on with and without moving accounts between classes. */
@Command(scope = ConsoleCommand.SCOPE, name = "simulate",
        description = "Runs the revenue simulator: per loyalty class accounts, ARR and the NRR observed over the"
                + " trailing 12 months; --move from:to:share (repeatable, e.g. detractor:passive:0.25) moves a share"
                + " of a class's accounts; prints baseline, projection, difference and the implied account NPS")
@Service
public class SimulateCommand extends SelectionCommand<SimulationResult> {

    @Reference
    RevenueSimulator simulator;

    @Option(name = "--as-of", description = "The day of the classes and ARR, YYYY-MM-DD (default: today)")
    String asOf;

    @Option(name = "--move", multiValued = true, description = "from:to:share, such as detractor:passive:0.25"
            + " (classes promoter, passive, detractor, non_responder; share 0..1)")
    List<String> moves;

    @Override
    SimulationResult figures() {
        List<ClassMove> read = new ArrayList<>();
        if (moves != null) {
            for (String move : moves) {
                read.add(move(move));
            }
        }
        try {
            return simulator.simulate(new Scenario(Input.date("--as-of", asOf, today()), read), filter());
        } catch (InvalidScenarioException e) {
            throw new InputException("--move: " + e.getMessage());
        }
    }

    private static ClassMove move(String text) {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new InputException("--move: '" + text + "' is not from:to:share (e.g. detractor:passive:0.25)");
        }
        LoyaltyClass from = Input.choice("--move", parts[0], LoyaltyClass.class, null);
        LoyaltyClass to = Input.choice("--move", parts[1], LoyaltyClass.class, null);
        try {
            return new ClassMove(from, to, Double.parseDouble(parts[2].strip()));
        } catch (NumberFormatException e) {
            throw new InputException("--move: '" + parts[2] + "' in '" + text + "' is not a share from 0 to 1");
        }
    }

    @Override
    void print(SimulationResult r) {
        Table.figures()
                .row("As of", r.scenario().asOf())
                .row("NRR period", r.nrrPeriod().from() + " to " + r.nrrPeriod().to() + " (overall "
                        + Display.percent(r.overallNrr()) + ")")
                .row("Moves", r.scenario().moves().isEmpty() ? "none (baseline only)"
                        : String.join(", ", r.scenario().moves().stream().map(m -> Display.code(m.from()) + " -> "
                                + Display.code(m.to()) + " " + Display.percent(OptionalDouble.of(m.share())))
                                .toList()))
                .print(out);
        out.println();
        Table classes = new Table().column("Loyalty").number("Accounts").number("ARR").number("Mean ARR")
                .number("Observed NRR").number("Applied NRR").number("Accounts after").number("ARR after")
                .number("Baseline").number("Projection");
        for (ClassOutlook c : r.classes()) {
            classes.row(Display.code(c.loyaltyClass()), c.accounts(), Display.money(c.arr()),
                    Display.money(c.meanArr()), Display.percent(c.observedNrr()), Display.percent(c.appliedNrr()),
                    String.format(Locale.ROOT, "%.2f", c.accountsAfter()), Display.money(c.arrAfter()),
                    Display.money(c.baselineArr()), Display.money(c.projectedArr()));
        }
        classes.print(out);
        out.println();
        Table.figures()
                .row("ARR today", Display.money(r.arr(), r.currency()))
                .row("Baseline (a year on)", Display.money(r.baseline()))
                .row("Projection", Display.money(r.projection()))
                .row("Difference", Display.money(r.difference()))
                .row("Account NPS today", Display.nps(r.baselineNps()))
                .row("Implied account NPS", Display.nps(r.impliedNps()))
                .print(out);
    }
}
