package org.accountsuccess.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Cut;
import org.accountsuccess.api.revenue.AccountMovement;
import org.accountsuccess.api.revenue.CohortGrain;
import org.accountsuccess.api.revenue.CohortService;
import org.accountsuccess.api.revenue.CohortTable;
import org.accountsuccess.api.revenue.MovementSeries;
import org.accountsuccess.api.revenue.MrrMovement;
import org.accountsuccess.api.revenue.RevenueMovementService;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.kpi.retention.Cohorts;
import org.accountsuccess.kpi.retention.MonthlyMovements;
import org.accountsuccess.kpi.retention.MrrBook;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * MRR movements month by month (with the accounts behind each) and cohorts, from the accounts'
 * contracts and their renewals on any account; cached per data version like every portfolio figure.
 */
@Component(service = {RevenueMovementService.class, CohortService.class})
public class RevenueComponent extends HostBackedComponent implements RevenueMovementService, CohortService {

    @Activate
    public RevenueComponent(@Reference(name = "host") HostBinding host,
            @Reference(name = "settings") KpiSettings settings) {
        super(host, settings);
    }

    @Override
    public MovementSeries movements(YearMonth from, YearMonth to, AccountFilter filter) {
        return cached("mrr-movements", List.of(from, to, filter),
                reader -> movements(reader, filter).series(from, to, reader.converter().baseCurrency()));
    }

    @Override
    public List<AccountMovement> accounts(YearMonth month, MrrMovement movement, AccountFilter filter) {
        List<Object> key = new ArrayList<>(List.of(month, filter));
        key.add(movement == null ? "all" : movement);
        return cached("mrr-movement-accounts", key, reader -> movements(reader, filter).accounts(month, movement));
    }

    private static MonthlyMovements movements(HostReader reader, AccountFilter filter) {
        Map<String, Account> accounts = reader.accounts(filter);
        return new MonthlyMovements(reader.mrrBook(accounts), accounts);
    }

    @Override
    public CohortTable cohorts(LocalDate from, LocalDate asOf, CohortGrain grain, AccountFilter filter) {
        return cached("cohorts", List.of(from, asOf, grain, filter), reader -> {
            Map<String, Account> accounts = reader.accounts(filter);
            return new Cohorts(reader.mrrBook(accounts), grain).table(accounts.keySet(), from, asOf,
                    reader.converter().baseCurrency());
        });
    }

    @Override
    public List<Cut<CohortTable>> cohortsBy(LocalDate from, LocalDate asOf, CohortGrain grain, AccountFilter filter,
            AccountDimension dimension) {
        if (dimension == AccountDimension.LOYALTY_CLASS) {
            throw new IllegalArgumentException("cohorts are cut by segment, tier or owner, not by loyalty class: "
                    + "an account's class changes over its cohort's life");
        }
        return cached("cohorts-by", List.of(from, asOf, grain, filter, dimension), reader -> {
            Map<String, Account> accounts = reader.accounts(filter);
            MrrBook book = reader.mrrBook(accounts);
            Function<String, String> groupOf = reader.groupOf(dimension, accounts, asOf);
            Map<String, List<String>> groups = new TreeMap<>();
            accounts.keySet().forEach(id -> groups.computeIfAbsent(groupOf.apply(id), k -> new ArrayList<>()).add(id));
            Cohorts cohorts = new Cohorts(book, grain);
            String currency = reader.converter().baseCurrency();
            List<Cut<CohortTable>> cuts = new ArrayList<>();
            groups.forEach((group, ids) -> cuts.add(new Cut<>(group, cohorts.table(ids, from, asOf, currency))));
            return cuts;
        });
    }
}
