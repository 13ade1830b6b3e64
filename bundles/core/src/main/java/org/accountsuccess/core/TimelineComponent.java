package org.accountsuccess.core;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.accountsuccess.api.AccountFilter;

import org.accountsuccess.api.timeline.ActivityTimeline;
import org.accountsuccess.api.timeline.ActivityTimelineService;
import org.accountsuccess.api.timeline.TimelineQuery;
import org.accountsuccess.api.topics.TopicComment;
import org.accountsuccess.api.topics.TopicService;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.ContractQuery;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.kpi.account.AccountTimeline;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One account's activity timeline, read with per-account queries only; with a topic, only the
 * responses whose comments mention it, as the topics service finds them.
 */
@Component(service = ActivityTimelineService.class)
public class TimelineComponent extends HostBackedComponent implements ActivityTimelineService {
    private final TopicService topics;

    @Activate
    public TimelineComponent(@Reference(name = "host") HostBinding host,
            @Reference(name = "settings") KpiSettings settings, @Reference(name = "topics") TopicService topics) {
        super(host, settings);
        this.topics = topics;
    }

    @Override
    public Optional<ActivityTimeline> timeline(String accountId, TimelineQuery query) {
        HostReader reader = reader();
        return reader.host().accounts().account(accountId).map(account -> {
            AccountTimeline timeline = new AccountTimeline(account, query, reader.parameters());
            // Activities before the window still tell where the first gap starts and set the flags.
            HostReader.drain(reader.host().activities().activities(
                    new ActivityQuery(accountId, reader.upTo(query.window().to()), null)), timeline::addActivity);
            Predicate<String> shown = shownResponses(accountId, query);
            HostReader.drain(reader.host().surveys().responses(
                    SurveyQuery.account(accountId, query.window().toTimeRange(reader.parameters().zone()))),
                    r -> {
                        if (shown.test(r.id())) {
                            timeline.addResponse(r);
                        }
                    });
            HostReader.drain(reader.host().contracts().contracts(new ContractQuery(accountId, query.window())),
                    timeline::addContract);
            return timeline.timeline();
        });
    }

    /** Which of the account's responses the query shows: all, or those whose comments mention its topic. */
    private Predicate<String> shownResponses(String accountId, TimelineQuery query) {
        if (query.topic() == null) {
            return id -> true;
        }
        Set<String> mentioning = topics.comments(query.window(), AccountFilter.ALL.withAccountIds(Set.of(accountId)),
                query.topic()).stream().map(TopicComment::responseId).collect(Collectors.toSet());
        return mentioning::contains;
    }
}
