package org.accountsuccess.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Cut;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.api.retention.RetentionService;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.retention.MrrBook;
import org.accountsuccess.kpi.retention.RetentionLedger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** MRR and retention over the host's contracts. */
@Component(service = RetentionService.class)
public class RetentionComponent extends HostBackedComponent implements RetentionService {

    @Activate
    public RetentionComponent(@Reference(name = "host") HostBinding host,
            @Reference(name = "settings") KpiSettings settings) {
        super(host, settings);
    }

    @Override
    public BigDecimal mrrAt(LocalDate date, AccountFilter filter) {
        HostReader reader = reader();
        Map<String, Account> accounts = reader.accounts(filter);
        MrrBook book = reader.mrrBook(accounts);
        return accounts.keySet().stream().map(id -> book.mrrOn(id, date)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public RetentionReport retention(DateWindow period, AccountFilter filter) {
        return cached("retention", List.of(period, filter),
                reader -> ledger(reader, period, reader.accounts(filter)).report());
    }

    @Override
    public List<Cut<RetentionReport>> retentionBy(DateWindow period, AccountFilter filter, AccountDimension dimension) {
        return cached("retention-by", List.of(period, filter, dimension), reader -> {
            Map<String, Account> accounts = reader.accounts(filter);
            return ledger(reader, period, accounts).cut(reader.groupOf(dimension, accounts, period.from()));
        });
    }

    private RetentionLedger ledger(HostReader reader, DateWindow period, Map<String, Account> accounts) {
        return new RetentionLedger(period, reader.mrrBook(accounts));
    }
}
