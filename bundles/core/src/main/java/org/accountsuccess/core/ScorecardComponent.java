package org.accountsuccess.core;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.api.scorecard.AccountScorecardService;
import org.accountsuccess.api.stakeholder.CoverageCheck;
import org.accountsuccess.api.stakeholder.StakeholderLoyaltyService;
import org.accountsuccess.api.stakeholder.StakeholderMap;
import org.accountsuccess.api.topics.TopicService;
import org.accountsuccess.core.HostReader.Feed;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.HostDataStatus;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Account scorecards (one account's naming its top negative comment topic) and the stakeholder loyalty view. */
@Component(service = {AccountScorecardService.class, StakeholderLoyaltyService.class})
public class ScorecardComponent extends HostBackedComponent
        implements AccountScorecardService, StakeholderLoyaltyService {

    private final AccountHealth health;
    /** Names one account's top negative comment topic when the topics service is there. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile TopicService topics;

    @Activate
    public ScorecardComponent(@Reference(name = "host") HostBinding host,
            @Reference(name = "settings") KpiSettings settings, @Reference(name = "health") AccountHealth health) {
        super(host, settings);
        this.health = health;
    }

    @Override
    public Optional<AccountScorecard> scorecard(String accountId, LocalDate asOf) {
        HostReader reader = reader();
        var converter = reader.converter();
        HostDataStatus status = reader.host().dataStatus();
        TopicService topicService = topics;
        return account(reader, accountId, asOf, EnumSet.allOf(Feed.class))
                .map(f -> f.scorecard(converter, health.scorer(converter).apply(f), status))
                .map(card -> topicService == null ? card : card.withTopNegativeTopic(
                        topicService.topNegativeTopic(accountId, DateWindow.lookback(asOf, parameters().lookbackDays()))));
    }

    @Override
    public List<AccountScorecard> scorecards(AccountFilter filter, LocalDate asOf) {
        if (filter.accountIds() != null) {
            // Named accounts (a page, a rep's scope) are read slice by slice: cheap, and too many
            // different selections to keep.
            return scorecards(reader(), filter, asOf);
        }
        return cached("scorecards", List.of(filter, asOf, health.revision()), reader -> scorecards(reader, filter, asOf));
    }

    private List<AccountScorecard> scorecards(HostReader reader, AccountFilter filter, LocalDate asOf) {
        var converter = reader.converter();
        var scorer = health.scorer(converter);
        HostDataStatus status = reader.host().dataStatus();
        return portfolio(reader, filter, asOf, EnumSet.allOf(Feed.class)).accounts().stream()
                .map(f -> f.scorecard(converter, scorer.apply(f), status))
                .toList();
    }

    @Override
    public List<Account> accounts(AccountFilter filter) {
        return List.copyOf(reader().accounts(filter).values());
    }

    @Override
    public Optional<StakeholderMap> stakeholders(String accountId, LocalDate asOf) {
        return account(reader(), accountId, asOf, EnumSet.of(Feed.RESPONSES)).map(AccountFacts::stakeholders);
    }

    @Override
    public Optional<CoverageCheck> coverage(String accountId, LocalDate asOf) {
        return account(reader(), accountId, asOf, EnumSet.of(Feed.RESPONSES)).map(AccountFacts::coverage);
    }

    private Optional<AccountFacts> account(HostReader reader, String accountId, LocalDate asOf, Set<Feed> feeds) {
        return portfolio(reader, new AccountFilter(Set.of(accountId), null, null, null), asOf, feeds)
                .account(accountId);
    }

    /** Counted over the lookback ending on {@code asOf}; every response up to it, for the previous scores. */
    private static AccountPortfolio portfolio(HostReader reader, AccountFilter filter, LocalDate asOf,
            Set<Feed> feeds) {
        return reader.portfolioAsOf(reader.accounts(filter), asOf, feeds);
    }
}
