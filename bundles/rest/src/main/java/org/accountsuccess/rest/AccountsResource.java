package org.accountsuccess.rest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.api.scorecard.AccountScorecardService;
import org.accountsuccess.api.stakeholder.StakeholderLoyaltyService;
import org.accountsuccess.api.stakeholder.StakeholderMap;
import org.accountsuccess.api.timeline.ActivityTimeline;
import org.accountsuccess.api.timeline.ActivityTimelineService;
import org.accountsuccess.api.timeline.TimelineEventType;
import org.accountsuccess.api.timeline.TimelineQuery;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.api.topics.TopicService;
import org.accountsuccess.rest.access.AccountScope;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.problem.AccountNotFoundException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The account list and one account's scorecard, health, stakeholders, timeline and comment topics, within the caller's accounts. */
@Component(service = AccountsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {
    private final AccountScorecardService scorecards;
    private final StakeholderLoyaltyService stakeholders;
    private final ActivityTimelineService timelines;
    private final HealthService health;
    private final TopicService topics;
    private final AccountScopes scopes;

    @Activate
    public AccountsResource(@Reference AccountScorecardService scorecards,
            @Reference StakeholderLoyaltyService stakeholders, @Reference ActivityTimelineService timelines,
            @Reference HealthService health, @Reference TopicService topics, @Reference AccountScopes scopes) {
        this.scorecards = scorecards;
        this.stakeholders = stakeholders;
        this.timelines = timelines;
        this.health = health;
        this.topics = topics;
        this.scopes = scopes;
    }

    /**
     * One page of the caller's accounts. Ordered by an account field (id, name, owner, segment,
     * tier) and without a loyalty or band filter, only the page's scorecards are computed; an order
     * or filter by a figure needs every account's figures first.
     */
    @GET
    public Page<AccountItem> accounts(@Context SecurityContext security, @QueryParam("owner") String owner,
            @QueryParam("segment") String segment, @QueryParam("tier") String tier,
            @QueryParam("loyaltyClass") String loyaltyClass, @QueryParam("band") String band,
            @QueryParam("asOf") String asOf, @QueryParam("sort") String sort, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        LoyaltyClass wanted = Params.choice("loyaltyClass", loyaltyClass, LoyaltyClass.class, null);
        HealthBand wantedBand = Params.choice("band", band, HealthBand.class, null);
        AccountOrder.Sort order = AccountOrder.of(sort);
        Paging paging = Paging.of(offset, limit);
        LocalDate day = Params.date("asOf", asOf, LocalDate.now());
        AccountFilter filter = scope(security).narrow(Params.accounts(segment, tier, owner));
        if (wanted == null && wantedBand == null && order.accounts().isPresent()) {
            Page<Account> page = paging.page(scorecards.accounts(filter).stream().sorted(order.accounts().get())
                    .toList());
            // One call for the page's accounts: the index reads their slices, not one account at a time.
            Map<String, AccountScorecard> cards = new HashMap<>();
            scorecards.scorecards(new AccountFilter(page.items().stream().map(Account::id)
                    .collect(Collectors.toSet()), null, null, null), day).forEach(c -> cards.put(c.account().id(), c));
            List<AccountItem> rows = page.items().stream().map(a -> cards.get(a.id())).filter(Objects::nonNull)
                    .map(AccountItem::of).toList();
            return new Page<>(rows, page.total(), page.offset(), page.limit());
        }
        List<AccountItem> items = scorecards.scorecards(filter, day).stream()
                .filter(s -> wanted == null || s.loyalty().loyaltyClass() == wanted)
                .filter(s -> wantedBand == null || s.health().band().equals(Optional.of(wantedBand)))
                .map(AccountItem::of).sorted(order.items()).toList();
        return paging.page(items);
    }

    @GET
    @Path("{id}/scorecard")
    public AccountScorecard scorecard(@Context SecurityContext security, @PathParam("id") String id,
            @QueryParam("asOf") String asOf) {
        LocalDate day = Params.date("asOf", asOf, LocalDate.now());
        visible(security, id);
        return scorecards.scorecard(id, day)
                .orElseThrow(() -> new AccountNotFoundException(id));
    }

    @GET
    @Path("{id}/health")
    public HealthScore health(@Context SecurityContext security, @PathParam("id") String id,
            @QueryParam("asOf") String asOf) {
        LocalDate day = Params.date("asOf", asOf, LocalDate.now());
        visible(security, id);
        return health.health(id, day).orElseThrow(() -> new AccountNotFoundException(id));
    }

    @GET
    @Path("{id}/health/trend")
    public List<HealthScore> healthTrend(@Context SecurityContext security, @PathParam("id") String id,
            @QueryParam("to") String to, @QueryParam("months") String months) {
        LocalDate last = Params.date("to", to, LocalDate.now());
        int count = Params.range("months", months, 12, 1, 60);
        visible(security, id);
        return health.trend(id, last, count).orElseThrow(() -> new AccountNotFoundException(id));
    }

    @GET
    @Path("{id}/stakeholders")
    public StakeholderMap stakeholders(@Context SecurityContext security, @PathParam("id") String id,
            @QueryParam("asOf") String asOf) {
        LocalDate day = Params.date("asOf", asOf, LocalDate.now());
        visible(security, id);
        return stakeholders.stakeholders(id, day)
                .orElseThrow(() -> new AccountNotFoundException(id));
    }

    @GET
    @Path("{id}/timeline")
    public ActivityTimeline timeline(@Context SecurityContext security, @PathParam("id") String id,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("types") List<String> types,
            @QueryParam("topic") String topic, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        TimelineQuery query = new TimelineQuery(Params.window(from, to, LocalDate.now()),
                Params.choices("types", types, TimelineEventType.class), Params.offset(offset), Params.limit(limit),
                Params.topic("topic", topic));
        visible(security, id);
        return timelines.timeline(id, query).orElseThrow(() -> new AccountNotFoundException(id));
    }

    @GET
    @Path("{id}/topics")
    public TopicsResource.Topics topics(@Context SecurityContext security, @PathParam("id") String id,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        var window = Params.window(from, to, LocalDate.now());
        var paging = Paging.of(offset, limit);
        visible(security, id);
        return TopicsResource.Topics.of(topics.accountTopics(id, window)
                .orElseThrow(() -> new AccountNotFoundException(id)), paging);
    }

    private AccountScope scope(SecurityContext security) {
        return scopes.of(Caller.of(security));
    }

    /** An account the caller may not see is answered as unknown, so ids cannot be probed. */
    private void visible(SecurityContext security, String id) {
        if (!scope(security).contains(id)) {
            throw new AccountNotFoundException(id);
        }
    }
}
