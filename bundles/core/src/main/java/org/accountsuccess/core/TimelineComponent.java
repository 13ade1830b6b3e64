package org.accountsuccess.core;

import java.util.Optional;

import org.accountsuccess.api.timeline.ActivityTimeline;
import org.accountsuccess.api.timeline.ActivityTimelineService;
import org.accountsuccess.api.timeline.TimelineQuery;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.ContractQuery;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.kpi.account.AccountTimeline;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** One account's activity timeline, read with per-account queries only. */
@Component(service = ActivityTimelineService.class)
public class TimelineComponent extends HostBackedComponent implements ActivityTimelineService {

    @Activate
    public TimelineComponent(@Reference(name = "host") HostBinding host,
            @Reference(name = "settings") KpiSettings settings) {
        super(host, settings);
    }

    @Override
    public Optional<ActivityTimeline> timeline(String accountId, TimelineQuery query) {
        HostReader reader = reader();
        return reader.host().accounts().account(accountId).map(account -> {
            AccountTimeline timeline = new AccountTimeline(account, query, reader.parameters());
            // Activities before the window still tell where the first gap starts and set the flags.
            HostReader.drain(reader.host().activities().activities(
                    new ActivityQuery(accountId, reader.upTo(query.window().to()), null)), timeline::addActivity);
            HostReader.drain(reader.host().surveys().responses(
                    SurveyQuery.account(accountId, query.window().toTimeRange(reader.parameters().zone()))),
                    timeline::addResponse);
            HostReader.drain(reader.host().contracts().contracts(new ContractQuery(accountId, query.window())),
                    timeline::addContract);
            return timeline.timeline();
        });
    }
}
