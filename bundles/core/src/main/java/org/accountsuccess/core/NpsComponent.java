package org.accountsuccess.core;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.nps.NpsComparison;
import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsPoint;
import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.nps.NpsSeries;
import org.accountsuccess.api.nps.NpsSeriesQuery;
import org.accountsuccess.api.nps.NpsService;
import org.accountsuccess.api.nps.ResponseRate;
import org.accountsuccess.api.nps.RevenueWeightedNps;
import org.accountsuccess.core.HostReader.Feed;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.TimeRange;
import org.accountsuccess.kpi.index.FactIndex;
import org.accountsuccess.kpi.account.RevenueWeighting;
import org.accountsuccess.kpi.nps.NpsMath;
import org.accountsuccess.kpi.nps.NpsTally;
import org.accountsuccess.kpi.nps.ResponseRates;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Customer NPS over the host's survey records. */
@Component(service = NpsService.class)
public class NpsComponent extends HostBackedComponent implements NpsService {

    @Activate
    public NpsComponent(@Reference(name = "host") HostBinding host,
            @Reference(name = "settings") KpiSettings settings) {
        super(host, settings);
    }

    @Override
    public NpsResult nps(NpsQuery query) {
        return cached("nps", List.of(query), reader -> {
            Map<String, Account> accounts = reader.accounts(query.filter());
            TimeRange range = query.window().toTimeRange(reader.parameters().zone());
            FactIndex index = reader.snapshot().index();
            if (query.level() == NpsLevel.RESPONSE && index != null) {
                // Every response counts: tallied from the index's score column, no record built.
                NpsTally tally = new NpsTally();
                index.scores(accounts.keySet(), range, tally::addScore);
                return tally.result(reader.parameters().confidenceZ());
            }
            return reader.portfolio(accounts, query.window(), range, Set.of(Feed.RESPONSES)).nps(query.level());
        });
    }

    @Override
    public NpsSeries series(NpsSeriesQuery query) {
        return new NpsSeries(query.level(), query.windowDays(), query.windows().stream()
                .map(window -> new NpsPoint(window, nps(query.point(window)))).toList());
    }

    @Override
    public NpsComparison compare(NpsQuery first, NpsQuery second) {
        return NpsMath.compare(nps(first), nps(second), parameters().confidenceZ());
    }

    @Override
    public ResponseRate responseRate(DateWindow window, AccountFilter filter) {
        return cached("response-rate", List.of(window, filter), reader -> {
            Map<String, Account> accounts = reader.accounts(filter);
            Set<String> contacts = reader.contactIds(accounts);
            SurveyQuery query = new SurveyQuery(HostReader.single(accounts),
                    window.toTimeRange(reader.parameters().zone()));
            try (var invitations = reader.host().surveys().invitations(query);
                    var responses = reader.host().surveys().responses(query)) {
                return ResponseRates.of(invitations, responses, contacts::contains);
            }
        });
    }

    @Override
    public RevenueWeightedNps revenueWeighted(LocalDate asOf, AccountFilter filter) {
        return cached("revenue-weighted-nps", List.of(asOf, filter), reader -> {
            DateWindow lookback = DateWindow.lookback(asOf, reader.parameters().lookbackDays());
            var portfolio = reader.portfolio(reader.accounts(filter), lookback,
                    lookback.toTimeRange(reader.parameters().zone()), EnumSet.of(Feed.RESPONSES, Feed.CONTRACTS));
            return RevenueWeighting.of(portfolio, reader.converter());
        });
    }
}
