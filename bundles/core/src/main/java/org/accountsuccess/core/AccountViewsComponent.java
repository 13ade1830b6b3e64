package org.accountsuccess.core;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.drivers.DriverReport;
import org.accountsuccess.api.drivers.DriverService;
import org.accountsuccess.api.lifecycle.LifecycleReport;
import org.accountsuccess.api.lifecycle.LifecycleService;
import org.accountsuccess.api.matrix.MatrixMeasure;
import org.accountsuccess.api.matrix.NoMarginException;
import org.accountsuccess.api.matrix.SuccessMatrix;
import org.accountsuccess.api.matrix.SuccessMatrixService;
import org.accountsuccess.api.movement.MovementReport;
import org.accountsuccess.api.movement.MovementService;
import org.accountsuccess.api.simulation.RevenueSimulator;
import org.accountsuccess.api.simulation.Scenario;
import org.accountsuccess.api.simulation.SimulationResult;
import org.accountsuccess.core.HostReader.Feed;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.RevenueLedger;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.accountsuccess.kpi.drivers.DriverTally;
import org.accountsuccess.kpi.lifecycle.ParetoRanking;
import org.accountsuccess.kpi.matrix.SuccessMatrices;
import org.accountsuccess.kpi.matrix.TrailingMargin;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.accountsuccess.kpi.movement.Movements;
import org.accountsuccess.kpi.retention.RetentionLedger;
import org.accountsuccess.kpi.simulation.RevenueProjection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The portfolio views of metrics.md section 3: success matrix, lifecycle (Pareto), climbers and
 * fallers, revenue-weighted drivers and the revenue simulator. Each call reads each kind of host
 * record once. The host's optional {@link RevenueLedger}, read into the same data version, gives the
 * matrix its margin axis.
 */
@Component(service = {SuccessMatrixService.class, LifecycleService.class, MovementService.class,
        DriverService.class, RevenueSimulator.class})
public class AccountViewsComponent extends HostBackedComponent
        implements SuccessMatrixService, LifecycleService, MovementService, DriverService, RevenueSimulator {
    @Activate
    public AccountViewsComponent(@Reference(name = "host") HostBinding host,
            @Reference(name = "settings") KpiSettings settings) {
        super(host, settings);
    }

    @Override
    public SuccessMatrix matrix(LocalDate asOf, MatrixMeasure measure, AccountFilter filter) {
        return cached("matrix", List.of(asOf, measure, filter), reader -> matrix(reader, asOf, measure, filter));
    }

    private SuccessMatrix matrix(HostReader reader, LocalDate asOf, MatrixMeasure measure, AccountFilter filter) {
        Map<String, Account> accounts = reader.accounts(filter);
        CurrencyConverter converter = reader.converter();
        if (measure == MatrixMeasure.ARR) {
            return SuccessMatrices.onArr(classesAndArr(reader, accounts, asOf), converter);
        }
        TrailingMargin margin = new TrailingMargin(asOf, converter);
        RevenueLedger revenue = reader.host().revenue();
        if (revenue != null && !accounts.isEmpty()) {
            HostReader.drain(revenue.revenue(HostReader.single(accounts), margin.firstMonth(), margin.lastMonth()),
                    e -> {
                        Account account = accounts.get(e.accountId());
                        if (account != null) {
                            margin.add(e, account);
                        }
                    });
        }
        if (margin.isEmpty()) {
            throw new NoMarginException("no margin figure for the selected accounts in " + margin.firstMonth()
                    + " to " + margin.lastMonth() + (revenue == null ? ": the host has no revenue ledger" : ""));
        }
        return SuccessMatrices.onMargin(reader.portfolio(accounts, lookback(reader, asOf), reader.upTo(asOf),
                EnumSet.of(Feed.RESPONSES)), converter, margin);
    }

    @Override
    public LifecycleReport lifecycle(LocalDate asOf, OptionalDouble headShare, AccountFilter filter) {
        return cached("lifecycle", List.of(asOf, headShare, filter), reader -> lifecycle(reader, asOf, headShare, filter));
    }

    private LifecycleReport lifecycle(HostReader reader, LocalDate asOf, OptionalDouble headShare, AccountFilter filter) {
        double share = headShare.orElse(reader.parameters().lifecycleHeadShare());
        return ParetoRanking.of(classesAndArr(reader, reader.accounts(filter), asOf), reader.converter(), share);
    }

    @Override
    public MovementReport movements(DateWindow window, AccountFilter filter) {
        return cached("movements", List.of(window, filter), reader -> movements(reader, window, filter));
    }

    private MovementReport movements(HostReader reader, DateWindow window, AccountFilter filter) {
        Map<String, Account> accounts = reader.accounts(filter);
        Movements movements = new Movements(window, accounts, reader.parameters());
        reader.contacts(accounts, movements::addContact);
        reader.responses(accounts, reader.upTo(window.to()), movements::addResponse);
        CurrencyConverter converter = reader.converter();
        return movements.report(reader.arrOn(accounts, window.to()), converter.baseCurrency());
    }

    @Override
    public DriverReport drivers(DateWindow window, AccountFilter filter) {
        return cached("drivers", List.of(window, filter), reader -> drivers(reader, window, filter));
    }

    private DriverReport drivers(HostReader reader, DateWindow window, AccountFilter filter) {
        Map<String, Account> accounts = reader.accounts(filter);
        DriverTally tally = new DriverTally(window, reader.parameters());
        Map<String, String> accountOf = new HashMap<>();
        reader.contacts(accounts, c -> {
            if (accounts.containsKey(c.accountId())) {
                accountOf.put(c.id(), c.accountId());
            }
        });
        reader.responses(accounts, window.toTimeRange(reader.parameters().zone()), r -> {
            String accountId = accountOf.get(r.contactId());
            if (accountId != null) {
                tally.add(r, accountId);
            }
        });
        CurrencyConverter converter = reader.converter();
        return tally.report(reader.arrOn(accounts, window.to()), converter.baseCurrency());
    }

    /**
     * Classes as of the scenario's day and at the start of the trailing 12 months come from one
     * read of contacts and responses; the ARR and the retention ledger from one read of contracts.
     */
    @Override
    public SimulationResult simulate(Scenario scenario, AccountFilter filter) {
        return cached("simulate", List.of(scenario, filter), reader -> simulate(reader, scenario, filter));
    }

    private SimulationResult simulate(HostReader reader, Scenario scenario, AccountFilter filter) {
        Map<String, Account> accounts = reader.accounts(filter);
        LocalDate asOf = scenario.asOf();
        DateWindow period = new DateWindow(asOf.minusYears(1).plusDays(1), asOf);
        AccountPortfolio now = new AccountPortfolio(accounts.values(), lookback(reader, asOf), reader.parameters());
        AccountPortfolio atStart = new AccountPortfolio(accounts.values(), lookback(reader, period.from()),
                reader.parameters());
        CurrencyConverter converter = reader.converter();
        RetentionLedger ledger = new RetentionLedger(period, converter);
        reader.contacts(accounts, c -> {
            now.addContact(c);
            atStart.addContact(c);
        });
        reader.responses(accounts, reader.upTo(asOf), r -> {
            now.addResponse(r);
            atStart.addResponse(r);
        });
        reader.contracts(accounts, null, (contract, account) -> {
            now.addContract(contract);
            ledger.add(contract, account);
        });
        reader.renewalsOf(ledger.contractIds(), renewal -> {
            now.addRenewal(renewal);
            ledger.addRenewal(renewal);
        });
        Map<String, String> classAtStart = new HashMap<>();
        atStart.accounts().forEach(f -> classAtStart.put(f.account().id(), f.loyalty().loyaltyClass().name()));
        return RevenueProjection.of(scenario, now, converter, ledger, classAtStart::get);
    }

    /** The accounts as of {@code asOf} with their classes and contracts. */
    private static AccountPortfolio classesAndArr(HostReader reader, Map<String, Account> accounts, LocalDate asOf) {
        return reader.portfolio(accounts, lookback(reader, asOf), reader.upTo(asOf),
                EnumSet.of(Feed.RESPONSES, Feed.CONTRACTS));
    }

    private static DateWindow lookback(HostReader reader, LocalDate asOf) {
        return DateWindow.lookback(asOf, reader.parameters().lookbackDays());
    }
}
