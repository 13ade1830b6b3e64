package org.accountsuccess.rest;

import static org.accountsuccess.rest.Fixtures.account;
import static org.accountsuccess.rest.Fixtures.as;
import static org.accountsuccess.rest.Fixtures.scorecard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.topics.Topic;
import org.accountsuccess.api.topics.TopicComment;
import org.accountsuccess.api.topics.TopicReport;
import org.accountsuccess.api.topics.TopicService;
import org.accountsuccess.host.spi.DateWindow;

import org.accountsuccess.api.timeline.ActivityTimelineService;
import org.accountsuccess.api.stakeholder.StakeholderLoyaltyService;
import org.accountsuccess.api.stakeholder.CoverageCheck;
import org.accountsuccess.api.stakeholder.StakeholderMap;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.json.RecordJsonWriter;
import org.accountsuccess.rest.problem.AccountNotFoundException;
import org.accountsuccess.rest.problem.BadParameterException;
import org.junit.jupiter.api.Test;

class AccountsResourceTest {
    private final Account a1 = account("acc-001", "u-rep1", "Enterprise", 1);
    private final Account a2 = account("acc-002", "u-rep2", "Enterprise", 2);
    private final Account a3 = account("acc-003", "u-rep1", "SMB", 3);
    private final Fixtures.FakeScorecards scorecards = new Fixtures.FakeScorecards(List.of(
            scorecard(a1, 40.0, "1200", false, 75.0), scorecard(a2, -10.0, "24000", true, 35.0),
            scorecard(a3, null, "600", false, null)));
    private final AccountsResource resource = new AccountsResource(scorecards, new StakeholderLoyaltyService() {
        @Override
        public Optional<StakeholderMap> stakeholders(String accountId, java.time.LocalDate asOf) {
            return Optional.empty();
        }

        @Override
        public Optional<CoverageCheck> coverage(String accountId, java.time.LocalDate asOf) {
            return Optional.empty();
        }
    }, (ActivityTimelineService) (id, query) -> Optional.empty(), new Fixtures.FakeHealth(scorecards.all),
            new OneAccountTopics(), Fixtures.ownerScopes(List.of(a1, a2, a3)));

    /** Topics only for acc-001: one topic over the window asked for. */
    private static final class OneAccountTopics implements TopicService {
        @Override
        public TopicReport topics(DateWindow window, AccountFilter filter) {
            throw new AssertionError("not called");
        }

        @Override
        public Optional<TopicReport> accountTopics(String accountId, DateWindow window) {
            Topic invoice = new Topic("invoice", "invoices", 3, 3, new NpsResult(OptionalDouble.of(-100), 3, 0, 0, 3, Optional.empty(), OptionalDouble.empty()), -0.4, 1,
                    new BigDecimal("1200"), 0, OptionalDouble.empty(), List.of());
            return accountId.equals("acc-001") ? Optional.of(new TopicReport(window, window, "EUR", 5, 3, 0, 3, 0,
                    0, 0, 3, List.of(invoice), List.of())) : Optional.empty();
        }

        @Override
        public Optional<String> topNegativeTopic(String accountId, DateWindow window) {
            throw new AssertionError("not called");
        }

        @Override
        public org.accountsuccess.api.drivers.DriverReport topicDrivers(DateWindow window, AccountFilter filter,
                String key) {
            throw new AssertionError("not called");
        }

        @Override
        public List<TopicComment> comments(DateWindow window, AccountFilter filter, String key) {
            throw new AssertionError("not called");
        }
    }

    @Test
    void oneAccountsTopicsArePagedAndAnotherRepsAccountIsUnknown() throws Exception {
        var topics = resource.topics(as("u-rep1", ProductRole.REP), "acc-001", "2026-01-01", "2026-03-31", null, "1");
        assertThat(topics.report().window()).isEqualTo(new DateWindow(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-03-31")));
        assertThat(topics.topics().items()).extracting(Topic::key).containsExactly("invoice");
        assertThat(RecordJsonWriter.write(topics)).contains("\"english\":3", "\"topics\":{\"items\":[{\"key\":\"invoice\"",
                "\"arrAtStake\":1200", "\"limit\":1");
        assertThatThrownBy(() -> resource.topics(as("u-rep1", ProductRole.REP), "acc-002", null, null, null, null))
                .isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> resource.topics(as("u-rep1", ProductRole.REP), "acc-001", "2026-04-01", "2026-03-31",
                null, null)).isInstanceOf(BadParameterException.class).hasMessageContaining("inverted");
    }

    @Test
    void managerSeesEveryAccountAsItems() throws Exception {
        Page<AccountItem> page = resource.accounts(as("boss", ProductRole.MANAGER), null, null, null, null, null,
                "2026-11-15", null, null, null);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(AccountItem::id).containsExactly("acc-001", "acc-002", "acc-003");
        assertThat(page.items().get(1).flags()).containsExactly("coverage");
        String json = RecordJsonWriter.write(page);
        assertThat(json).contains("\"total\":3", "\"offset\":0", "\"limit\":50",
                "{\"id\":\"acc-003\",\"name\":\"Name of acc-003\",\"owner\":\"u-rep1\",\"segment\":\"SMB\",\"tier\":3,"
                        + "\"arr\":600,\"accountNps\":null,\"loyaltyClass\":\"non_responder\",\"flags\":[],\"health\":null,"
                        + "\"band\":null}");
    }

    @Test
    void repSeesOnlyTheirAccountsAndTheFilterCarriesTheIds() {
        Page<AccountItem> page = resource.accounts(as("u-rep1", ProductRole.REP), null, null, null, null, null, null,
                null, null, null);
        assertThat(page.items()).extracting(AccountItem::id).containsExactly("acc-001", "acc-003");
        resource.accounts(as("u-rep1", ProductRole.REP), null, null, null, null, null, null, "-health", null, null);
        assertThat(scorecards.lastFilter.accountIds()).containsExactlyInAnyOrder("acc-001", "acc-003");
    }

    @Test
    void byAnAccountFieldOnlyThePagesScorecardsAreComputed() {
        var manager = as("boss", ProductRole.MANAGER);
        Page<AccountItem> page = resource.accounts(manager, null, null, null, null, null, null, "-name", "1", "1");
        assertThat(page.items()).extracting(AccountItem::id).containsExactly("acc-002");
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items().get(0).health()).hasValue(35.0);
        // one call for the page's accounts alone
        assertThat(scorecards.askedOneByOne).isEmpty();
        assertThat(scorecards.lastFilter.accountIds()).as("the page's accounts only").containsExactly("acc-002");
        // a figure to sort or filter by needs every account's figures
        resource.accounts(manager, null, null, null, "promoter", null, null, "name", null, null);
        assertThat(scorecards.lastFilter.accountIds()).isNull();
    }

    @Test
    void filtersSortsAndPages() {
        var manager = as("boss", ProductRole.MANAGER);
        assertThat(resource.accounts(manager, null, "Enterprise", null, null, null, null, "-arr", null, null).items())
                .extracting(AccountItem::id).containsExactly("acc-002", "acc-001");
        assertThat(resource.accounts(manager, null, null, null, "promoter", null, null, null, null, null).items())
                .extracting(AccountItem::id).containsExactly("acc-001");
        assertThat(resource.accounts(manager, "u-rep1", null, null, null, null, null, "-accountNps", null, null).items())
                .extracting(AccountItem::id).containsExactly("acc-001", "acc-003");
        Page<AccountItem> second = resource.accounts(manager, null, null, null, null, null, null, null, "1", "1");
        assertThat(second.items()).extracting(AccountItem::id).containsExactly("acc-002");
        assertThat(second.total()).isEqualTo(3);
    }

    @Test
    void healthBandFilterAndHealthOrder() {
        var manager = as("boss", ProductRole.MANAGER);
        assertThat(resource.accounts(manager, null, null, null, null, "red", null, null, null, null).items())
                .extracting(AccountItem::id).containsExactly("acc-002");
        assertThat(resource.accounts(manager, null, null, null, null, "GREEN", null, null, null, null).items())
                .extracting(AccountItem::id).containsExactly("acc-001");
        // the account without a score comes last either way
        assertThat(resource.accounts(manager, null, null, null, null, null, null, "health", null, null).items())
                .extracting(AccountItem::id).containsExactly("acc-002", "acc-001", "acc-003");
        assertThat(resource.accounts(manager, null, null, null, null, null, null, null, null, null).items().get(0)
                .health()).hasValue(75.0);
        assertThatThrownBy(() -> resource.accounts(manager, null, null, null, null, "amber", null, null, null, null))
                .isInstanceOf(BadParameterException.class).hasMessage("band: 'amber' is not one of green, yellow, red");
    }

    @Test
    void riskiestFirstIsRedThenNoScoreThenYellowThenGreenAndTheMostArrFirstWithinABand() {
        var manager = as("boss", ProductRole.MANAGER);
        // acc-002 red (35) with 24,000 ARR; acc-003 no score; acc-001 green (75)
        assertThat(resource.accounts(manager, null, null, null, null, null, null, "risk", null, null).items())
                .extracting(AccountItem::id).containsExactly("acc-002", "acc-003", "acc-001");
        assertThat(resource.accounts(manager, null, null, null, null, null, null, "-risk", null, null).items())
                .extracting(AccountItem::id).containsExactly("acc-001", "acc-003", "acc-002");
        // within red: 24,000 before 1,500 though its score (35) is higher than 20; yellow (50) after no score
        Account red = account("acc-004", "u-rep1", "SMB", 3);
        Account yellow = account("acc-005", "u-rep1", "SMB", 3);
        var more = new Fixtures.FakeScorecards(List.of(scorecard(a1, 40.0, "1200", false, 75.0),
                scorecard(a2, -10.0, "24000", true, 35.0), scorecard(a3, null, "600", false, null),
                scorecard(red, -50.0, "1500", false, 20.0), scorecard(yellow, 0.0, "99000", false, 50.0)));
        var all = new AccountsResource(more, null, null, new Fixtures.FakeHealth(more.all), new OneAccountTopics(),
                Fixtures.ownerScopes(List.of(a1, a2, a3, red, yellow)));
        assertThat(all.accounts(manager, null, null, null, null, null, null, "risk", null, null).items())
                .extracting(AccountItem::id).containsExactly("acc-002", "acc-004", "acc-003", "acc-005", "acc-001");
    }

    @Test
    void healthAndTrendWithinTheCallersAccounts() {
        var rep = as("u-rep1", ProductRole.REP);
        assertThat(resource.health(rep, "acc-001", "2026-11-15").score()).hasValue(75.0);
        assertThat(resource.healthTrend(rep, "acc-001", "2026-11-15", "3")).hasSize(3);
        assertThatThrownBy(() -> resource.health(rep, "acc-002", null)).isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> resource.healthTrend(rep, "acc-002", null, null))
                .isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> resource.healthTrend(rep, "acc-001", null, "0"))
                .isInstanceOf(BadParameterException.class).hasMessage("months: 0 is not from 1 to 60");
        assertThatThrownBy(() -> resource.health(rep, "acc-001", "yesterday"))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("asOf");
    }

    @Test
    void someoneElsesAccountIsUnknownToARep() {
        var rep = as("u-rep1", ProductRole.REP);
        assertThat(resource.scorecard(rep, "acc-001", null).account().id()).isEqualTo("acc-001");
        assertThatThrownBy(() -> resource.scorecard(rep, "acc-002", null)).isInstanceOf(AccountNotFoundException.class)
                .hasMessage("no account 'acc-002'");
        assertThatThrownBy(() -> resource.scorecard(rep, "acc-999", null)).isInstanceOf(AccountNotFoundException.class)
                .hasMessage("no account 'acc-999'");
        assertThatThrownBy(() -> resource.stakeholders(rep, "acc-002", null))
                .isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> resource.timeline(rep, "acc-002", null, null, null, null, null, null))
                .isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void badParametersAreNamed() {
        var manager = as("boss", ProductRole.MANAGER);
        assertThatThrownBy(() -> resource.scorecard(manager, "acc-001", "2026-13-01"))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("asOf");
        assertThatThrownBy(() -> resource.accounts(manager, null, null, "4", null, null, null, null, null, null))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("tier");
        assertThatThrownBy(() -> resource.accounts(manager, null, null, null, null, null, null, "colour", null, null))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("sort");
        assertThatThrownBy(() -> resource.timeline(manager, "acc-001", "2026-11-15", "2026-11-01", null, null, null, null))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("from");
        assertThatThrownBy(() -> resource.timeline(manager, "acc-001", null, null, List.of("call,fax"), null, null, null))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("types");
        assertThatThrownBy(() -> resource.timeline(manager, "acc-001", null, null, null, "x".repeat(201), null, null))
                .isInstanceOf(BadParameterException.class).hasMessage("topic: a topic key has at most 200 characters");
    }
}
