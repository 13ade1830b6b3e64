package org.accountsuccess.core;

import java.util.List;
import java.util.Map;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Cut;
import org.accountsuccess.api.renewal.RenewalReport;
import org.accountsuccess.api.renewal.RenewalService;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.retention.RenewalLedger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Renewals due and renewed, over the host's contracts. */
@Component(service = RenewalService.class)
public class RenewalComponent extends HostBackedComponent implements RenewalService {

    @Activate
    public RenewalComponent(@Reference(name = "host") HostBinding host,
            @Reference(name = "settings") KpiSettings settings) {
        super(host, settings);
    }

    @Override
    public RenewalReport renewals(DateWindow period, AccountFilter filter) {
        return cached("renewals", List.of(period, filter),
                reader -> ledger(reader, period, reader.accounts(filter)).report());
    }

    @Override
    public List<Cut<RenewalReport>> renewalsBy(DateWindow period, AccountFilter filter, AccountDimension dimension) {
        return cached("renewals-by", List.of(period, filter, dimension), reader -> {
            Map<String, Account> accounts = reader.accounts(filter);
            return ledger(reader, period, accounts).cut(reader.groupOf(dimension, accounts, period.from()));
        });
    }

    private RenewalLedger ledger(HostReader reader, DateWindow period, Map<String, Account> accounts) {
        RenewalLedger ledger = new RenewalLedger(period, reader.converter());
        reader.contracts(accounts, period, ledger::addCandidate);
        reader.renewalsOf(ledger.dueIds(), ledger::addRenewal);
        return ledger;
    }
}
