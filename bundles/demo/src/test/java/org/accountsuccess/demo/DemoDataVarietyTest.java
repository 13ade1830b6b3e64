package org.accountsuccess.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The situations the demo data promises are there, as of the anchor. */
class DemoDataVarietyTest {
    private static final LocalDate ANCHOR = DemoDataSet.ANCHOR;
    private static final Set<String> MEANINGFUL = Set.of("business_review", "meeting", "call", "visit",
            "support_ticket");

    private final CsvTable accounts = DemoFiles.table("accounts.csv");
    private final CsvTable contracts = DemoFiles.table("contracts.csv");
    private final CsvTable activities = DemoFiles.table("activities.csv");
    private final CsvTable responses = DemoFiles.table("responses.csv");

    @Test
    void everyActivityTypeSeverityStatusAndDirection() {
        assertThat(activities.column("type")).contains("support_ticket", "business_review", "meeting", "call", "email",
                "marketing_email", "visit", "other");
        List<Map<String, String>> tickets = activities.stream().filter(r -> r.get("type").equals("support_ticket"))
                .toList();
        assertThat(tickets).extracting(r -> r.get("severity")).contains("low", "normal", "high", "critical");
        assertThat(tickets).extracting(r -> r.get("status")).contains("open", "closed");
        assertThat(activities.stream().filter(r -> r.get("type").equals("marketing_email"))
                .map(r -> r.get("direction"))).contains("outbound", "");
        assertThat(activities.column("direction")).contains("inbound", "outbound");
    }

    @Test
    void churnAndReactivation() {
        Map<String, List<Map<String, String>>> byAccount = contracts.stream()
                .collect(Collectors.groupingBy(r -> r.get("account_id")));

        List<String> churned = byAccount.entrySet().stream()
                .filter(e -> covers(e.getValue(), DemoDataSet.HISTORY_START) && !covers(e.getValue(), ANCHOR)
                        && e.getValue().stream().noneMatch(c -> start(c).isAfter(ANCHOR)))
                .map(Map.Entry::getKey).toList();
        assertThat(churned).hasSizeGreaterThanOrEqualTo(5);

        // Reactivated: a fresh contract (renewing nothing) after days without any contract, and
        // the account was a customer before those days.
        List<String> reactivated = byAccount.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(c -> c.get("renewal_of").isEmpty()
                        && start(c).isAfter(DemoDataSet.HISTORY_START)
                        && !covers(e.getValue(), start(c).minusDays(1))
                        && e.getValue().stream().anyMatch(earlier -> start(earlier).isBefore(start(c)))))
                .map(Map.Entry::getKey).toList();
        assertThat(reactivated).isNotEmpty();
    }

    @Test
    void renewalsExpandContractRenewEarlyAndRunInto2027And2028() {
        Map<String, Map<String, String>> byId = contracts.stream()
                .collect(Collectors.toMap(r -> r.get("contract_id"), r -> r));
        List<Map<String, String>> renewals = contracts.stream().filter(r -> !r.get("renewal_of").isEmpty()).toList();

        assertThat(renewals).anyMatch(r -> mrr(r).compareTo(mrr(byId.get(r.get("renewal_of")))) > 0);
        assertThat(renewals).anyMatch(r -> mrr(r).compareTo(mrr(byId.get(r.get("renewal_of")))) < 0);
        assertThat(renewals).as("early renewal: renewed before the predecessor ends")
                .anyMatch(r -> LocalDate.parse(byId.get(r.get("renewal_of")).get("end_date")).isAfter(ANCHOR));
        assertThat(contracts.column("end_date")).anyMatch(d -> d.startsWith("2027"))
                .anyMatch(d -> d.startsWith("2028")).contains("");
        assertThat(contracts.column("auto_renew")).contains("true", "false");
        assertThat(contracts.column("product").stream().distinct().count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void promoterPassiveAndDetractorAccounts() {
        Map<String, String[]> contactOf = new HashMap<>();
        DemoFiles.table("contacts.csv").stream()
                .forEach(r -> contactOf.put(r.get("contact_id"), new String[] {r.get("account_id"), r.get("role")}));
        Instant from = ANCHOR.minusDays(364).atStartOfDay().toInstant(ZoneOffset.UTC);
        // Each contact's latest response of the last 365 days, weighted by role (metrics.md, account NPS).
        Comparator<Map<String, String>> newest = Comparator.<Map<String, String>, String>comparing(
                r -> r.get("answered_at")).thenComparing(r -> r.get("response_id"));
        Map<String, Map<String, String>> latest = responses.stream()
                .filter(r -> !Instant.parse(r.get("answered_at")).isBefore(from))
                .collect(Collectors.toMap(r -> r.get("contact_id"), r -> r, BinaryOperator.maxBy(newest)));
        Map<String, double[]> sums = new HashMap<>();
        latest.values().forEach(r -> {
            String[] contact = contactOf.get(r.get("contact_id"));
            int weight = Map.of("A", 3, "B", 2, "C", 1).get(contact[1]);
            int score = Integer.parseInt(r.get("score"));
            double[] s = sums.computeIfAbsent(contact[0], k -> new double[2]);
            s[0] += weight * ((score >= 9 ? 1 : 0) - (score <= 6 ? 1 : 0));
            s[1] += weight;
        });
        Map<String, Long> classes = sums.values().stream().map(s -> 100 * s[0] / s[1])
                .collect(Collectors.groupingBy(nps -> nps >= 30 ? "promoter" : nps < 0 ? "detractor" : "passive",
                        Collectors.counting()));

        assertThat(classes.get("promoter")).isGreaterThanOrEqualTo(20);
        assertThat(classes.get("passive")).isGreaterThanOrEqualTo(20);
        assertThat(classes.get("detractor")).isGreaterThanOrEqualTo(20);
    }

    @Test
    void commentsTestEscapingQuotingAndUnicode() {
        List<String> comments = responses.column("comment");

        assertThat(comments).contains(SurveyWaves.SCRIPT_COMMENT, SurveyWaves.BOLD_COMMENT)
                .anyMatch(c -> c.contains("<script>alert(1)</script>"))
                .anyMatch(c -> c.contains("<b>bold</b>"))
                .anyMatch(c -> c.contains(","))
                .anyMatch(c -> c.contains("\""))
                .anyMatch(c -> c.contains("\n"))
                .anyMatch(c -> c.contains("é"));
        assertThat(responses.column("drivers")).anyMatch(d -> d.contains("-communication skills"))
                .anyMatch(d -> d.startsWith("+"));
        assertThat(responses.column("survey_id")).as("a few answers came without an invitation").contains("");
        assertThat(accounts.column("name")).anyMatch(n -> n.contains(","));
    }

    @Test
    void customersInGermanyAndAustriaCommentInGerman() {
        Map<String, String> countryOfContact = new HashMap<>();
        Map<String, String> countryOfAccount = accounts.stream()
                .collect(Collectors.toMap(r -> r.get("account_id"), r -> r.get("country")));
        DemoFiles.table("contacts.csv").stream()
                .forEach(c -> countryOfContact.put(c.get("contact_id"), countryOfAccount.get(c.get("account_id"))));
        Set<String> german = texts(Vocabulary.PROMOTER_REMARKS_DE, Vocabulary.PASSIVE_REMARKS_DE,
                Vocabulary.DETRACTOR_REMARKS_DE);
        Set<String> english = texts(Vocabulary.PROMOTER_REMARKS, Vocabulary.PASSIVE_REMARKS,
                Vocabulary.DETRACTOR_REMARKS);
        Map<Boolean, List<String>> commentsByGermanSpeaking = responses.stream()
                .filter(r -> !r.get("comment").isEmpty())
                .filter(r -> !r.get("comment").equals(SurveyWaves.SCRIPT_COMMENT)
                        && !r.get("comment").equals(SurveyWaves.BOLD_COMMENT))
                .collect(Collectors.partitioningBy(r -> Set.of("DE", "AT").contains(countryOfContact.get(r.get("contact_id"))),
                        Collectors.mapping(r -> r.get("comment"), Collectors.toList())));

        assertThat(commentsByGermanSpeaking.get(true)).hasSizeGreaterThan(100).allMatch(german::contains)
                .contains("Niemand hat uns das neue Lizenzmodell erklärt.");
        assertThat(commentsByGermanSpeaking.get(false)).hasSizeGreaterThan(100).allMatch(english::contains);
    }

    @SafeVarargs
    private static Set<String> texts(List<Vocabulary.Remark>... lists) {
        return Stream.of(lists).flatMap(List::stream).map(Vocabulary.Remark::text).collect(Collectors.toSet());
    }

    @Test
    void aDepartmentTooSmallToShow() {
        Instant from = ANCHOR.minusDays(364).atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<String, Long> lastYear = DemoFiles.table("employee_responses.csv").stream()
                .filter(r -> !Instant.parse(r.get("answered_at")).isBefore(from))
                .collect(Collectors.groupingBy(r -> r.get("department"), Collectors.counting()));

        assertThat(lastYear.values()).anyMatch(n -> n < 5).anyMatch(n -> n >= 30);
        assertThat(lastYear).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void anOverContactedAccount() {
        Map<String, Long> lastThirtyDays = activities.stream()
                .filter(r -> r.get("type").equals("marketing_email") && !r.get("direction").equals("inbound"))
                .filter(r -> day(r.get("occurred_at")).isAfter(ANCHOR.minusDays(30)))
                .collect(Collectors.groupingBy(r -> r.get("account_id"), Collectors.counting()));

        assertThat(lastThirtyDays.values()).anyMatch(n -> n > 8).anyMatch(n -> n <= 8);
    }

    @Test
    void customersWithACommunicationGapAsOfTheAnchor() {
        Map<String, List<Map<String, String>>> contractsOf = contracts.stream()
                .collect(Collectors.groupingBy(r -> r.get("account_id")));
        Map<String, LocalDate> lastTouch = activities.stream().filter(r -> MEANINGFUL.contains(r.get("type")))
                .collect(Collectors.toMap(r -> r.get("account_id"), r -> day(r.get("occurred_at")),
                        (a, b) -> a.isAfter(b) ? a : b));
        List<Map<String, String>> customers = accounts.stream()
                .filter(a -> covers(contractsOf.getOrDefault(a.get("account_id"), List.of()), ANCHOR)).toList();

        List<String> gaps = customers.stream().filter(a -> {
            LocalDate last = lastTouch.get(a.get("account_id"));
            int limit = List.of(30, 60, 90).get(Integer.parseInt(a.get("tier")) - 1);
            return last == null || ChronoUnit.DAYS.between(last, ANCHOR) > limit;
        }).map(a -> a.get("account_id")).toList();

        assertThat(gaps).hasSizeBetween(3, customers.size() / 4);
        assertThat(customers).as("a customer never touched").anyMatch(a -> !lastTouch.containsKey(a.get("account_id")));
    }

    private static boolean covers(List<Map<String, String>> contracts, LocalDate day) {
        return contracts.stream().anyMatch(c -> !start(c).isAfter(day)
                && (c.get("end_date").isEmpty() || !LocalDate.parse(c.get("end_date")).isBefore(day)));
    }

    private static LocalDate start(Map<String, String> contract) {
        return LocalDate.parse(contract.get("start_date"));
    }

    private static BigDecimal mrr(Map<String, String> contract) {
        return new BigDecimal(contract.get("mrr"));
    }

    private static LocalDate day(String timestamp) {
        return LocalDate.ofInstant(Instant.parse(timestamp), ZoneOffset.UTC);
    }
}
