package org.accountsuccess.core;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.drivers.DriverReport;
import org.accountsuccess.api.topics.SentimentModel;
import org.accountsuccess.api.topics.Topic;
import org.accountsuccess.api.topics.TopicComment;
import org.accountsuccess.api.topics.TopicReport;
import org.accountsuccess.api.topics.TopicService;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.kpi.drivers.DriverTally;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.accountsuccess.voice.CommentAnalyzer;
import org.accountsuccess.voice.CommentedResponse;
import org.accountsuccess.voice.TopicTally;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Topics and sentiment of the survey comments (docs/analytics.md, "Comment analysis"), from the
 * fact index: each comment analysed once per data version ({@link CommentAnalyses}), each report
 * once per window, selection and version (the result cache). An integrator's
 * {@link SentimentModel}, when one is registered, scores the sentiment instead of the lexicons
 * ({@code sentiment.target} in {@value #PID} picks one of several).
 */
@Component(service = TopicService.class, configurationPid = TopicsComponent.PID)
public class TopicsComponent extends HostBackedComponent implements TopicService {
    static final String PID = "org.accountsuccess.topics";

    private final CommentAnalyzer analyzer;
    private volatile CommentAnalyses analyses;

    @Activate
    public TopicsComponent(@Reference(name = "host") HostBinding host, @Reference(name = "settings") KpiSettings settings,
            @Reference(name = "sentiment", cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) SentimentModel sentiment) {
        super(host, settings);
        this.analyzer = new CommentAnalyzer(sentiment);
    }

    @Override
    public TopicReport topics(DateWindow window, AccountFilter filter) {
        return cached("topics", List.of(window, filter), reader -> topics(reader, window, filter));
    }

    @Override
    public Optional<TopicReport> accountTopics(String accountId, DateWindow window) {
        if (reader().accounts(AccountFilter.ALL.withAccountIds(Set.of(accountId))).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(topics(window, AccountFilter.ALL.withAccountIds(Set.of(accountId))));
    }

    @Override
    public Optional<String> topNegativeTopic(String accountId, DateWindow window) {
        HostReader reader = reader();
        Map<String, Account> account = reader.accounts(AccountFilter.ALL.withAccountIds(Set.of(accountId)));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        List<Topic> tenantTopics = topics(window, AccountFilter.ALL).topics();
        Map<String, Integer> negative = new HashMap<>();
        commented(reader, account, window, (day, r, c) -> {
            if (c != null && c.analysis().analysed() && TopicTally.isNegative(r.score(), c.analysis())) {
                c.analysis().terms().forEach(t -> negative.merge(t.key(), 1, Integer::sum));
            }
        });
        Topic top = null;
        for (Topic t : tenantTopics) {
            if (negative.getOrDefault(t.key(), 0) > (top == null ? 0 : negative.get(top.key()))) {
                top = t;
            }
        }
        return Optional.ofNullable(top).map(Topic::label);
    }

    @Override
    public DriverReport topicDrivers(DateWindow window, AccountFilter filter, String key) {
        return cached("topic-drivers", List.of(window, filter, key), reader -> {
            Map<String, Account> accounts = reader.accounts(filter);
            DriverTally tally = new DriverTally(window, reader.parameters());
            commented(reader, accounts, window, (day, r, c) -> {
                if (c != null && c.mentions(key)) {
                    tally.add(r, c.accountId());
                }
            });
            CurrencyConverter converter = reader.converter();
            return tally.report(reader.arrOn(accounts, window.to()), converter.baseCurrency());
        });
    }

    @Override
    public List<TopicComment> comments(DateWindow window, AccountFilter filter, String key) {
        return cached("topic-comments", List.of(window, filter, key), reader -> {
            List<CommentedResponse> mentioning = new ArrayList<>();
            commented(reader, reader.accounts(filter), window, (day, r, c) -> {
                if (c != null && c.mentions(key)) {
                    mentioning.add(c);
                }
            });
            return mentioning.stream().sorted(Comparator.comparing(CommentedResponse::answeredAt).reversed()
                    .thenComparing(CommentedResponse::responseId)).map(CommentedResponse::toComment).toList();
        });
    }

    private TopicReport topics(HostReader reader, DateWindow window, AccountFilter filter) {
        Map<String, Account> accounts = reader.accounts(filter);
        long days = ChronoUnit.DAYS.between(window.from(), window.to()) + 1;
        DateWindow previous = new DateWindow(window.from().minusDays(days), window.from().minusDays(1));
        TopicTally tally = new TopicTally(window, previous, reader.parameters().confidenceZ());
        commented(reader, accounts, new DateWindow(previous.from(), window.to()), (day, r, c) -> {
            if (window.contains(day)) {
                tally.add(r.score(), c);
            } else if (c != null) {
                tally.addPrevious(c.analysis());
            }
        });
        CurrencyConverter converter = reader.converter();
        return tally.report(reader.arrOn(accounts, window.to()), converter.baseCurrency());
    }

    /** What {@link #commented} hands over: a response's day, the response, and its analysed comment or {@code null}. */
    private interface CommentConsumer {
        void accept(LocalDate day, SurveyResponse response, CommentedResponse comment);
    }

    /** Each response of the accounts answered in the window, with its day and analysed comment. */
    private void commented(HostReader reader, Map<String, Account> accounts, DateWindow window,
            CommentConsumer consumer) {
        Map<String, String> accountOf = new HashMap<>();
        reader.contacts(accounts, c -> {
            if (accounts.containsKey(c.accountId())) {
                accountOf.put(c.id(), c.accountId());
            }
        });
        CommentAnalyses memo = analyses(reader.snapshot());
        ZoneId zone = reader.parameters().zone();
        reader.responses(accounts, window.toTimeRange(zone), r -> {
            String accountId = accountOf.get(r.contactId());
            LocalDate day = r.answeredAt().atZone(zone).toLocalDate();
            if (accountId == null || !window.contains(day)) {
                return;
            }
            String text = r.comment();
            consumer.accept(day, r, text == null || text.isBlank() ? null
                    : new CommentedResponse(r.id(), accountId, r.answeredAt(), r.score(), text, memo.of(text)));
        });
    }

    /** The analyses of {@code snapshot}'s version, started afresh when the version is newer. */
    private CommentAnalyses analyses(HostSnapshot snapshot) {
        long version = snapshot.version().version();
        CommentAnalyses current = analyses;
        if (current == null || current.version() < version) {
            synchronized (this) {
                current = analyses;
                if (current == null || current.version() < version) {
                    current = new CommentAnalyses(version, analyzer);
                    analyses = current;
                }
            }
        }
        return current;
    }
}
