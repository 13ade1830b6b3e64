package org.accountsuccess.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Role;

/**
 * Two years of activities per customer (activities.csv): tickets, business reviews, calls,
 * meetings, visits, emails, newsletters and campaigns, at a pace set by the tier. Some accounts
 * are no longer touched (a communication gap as of the anchor), one new customer was never
 * touched, and some received a flood of marketing emails in the last 30 days (over-contact).
 */
final class Interactions {
    /** Days a tier may go without a meaningful touch (metrics.md defaults), by tier. */
    private static final int[] GAP_LIMIT = {30, 60, 90};

    private record Row(Instant at, ActivityType type, String contactId, String direction, String subject,
            String status, String severity) {
    }

    private final CsvFile file = new CsvFile("activities.csv", "activity_id", "account_id", "contact_id", "type",
            "occurred_at", "direction", "subject", "status", "severity");
    private final ContractHistory contracts;
    private final Dice dice;

    private Interactions(ContractHistory contracts, Dice dice) {
        this.contracts = contracts;
        this.dice = dice;
    }

    static List<CsvFile> generate(Customers customers, ContractHistory contracts, Dice dice) {
        Interactions log = new Interactions(contracts, dice);
        String neverTouched = customers.accounts().stream()
                .filter(a -> a.tier() == 3 && !contracts.isCustomer(a.id(), DemoDataSet.HISTORY_START)
                        && contracts.isCustomer(a.id(), DemoDataSet.ANCHOR))
                .map(DemoAccount::id).findFirst().orElse(null);
        for (DemoAccount account : customers.accounts()) {
            LocalDate touchedUntil = account.id().equals(neverTouched) ? DemoDataSet.HISTORY_START
                    : dice.chance(0.08)
                            ? DemoDataSet.ANCHOR.minusDays(GAP_LIMIT[account.tier() - 1] + dice.between(15, 100))
                            : DemoDataSet.ANCHOR;
            log.account(account, customers.contacts(account.id()), touchedUntil, dice.chance(0.04));
        }
        return List.of(log.file);
    }

    /**
     * @param touchedUntil the last day a meaningful touch may happen
     * @param flooded whether the account got more than eight marketing emails in the last 30 days
     */
    private void account(DemoAccount account, List<DemoContact> people, LocalDate touchedUntil, boolean flooded) {
        int tier = account.tier();
        List<Row> rows = new ArrayList<>();
        // Unhappy customers open more tickets.
        double ticketPace = new double[] {15, 30, 60}[tier - 1]
                * (account.sentiment() == Sentiment.DETRACTOR ? 0.6 : 1);
        for (LocalDate day : days(ticketPace, account, touchedUntil)) {
            boolean recent = day.isAfter(DemoDataSet.ANCHOR.minusDays(21));
            String status = (recent && dice.chance(0.6)) || dice.chance(0.02) ? "open" : "closed";
            String severity = List.of("low", "normal", "high", "critical").get(dice.weighted(30, 45, 20, 5));
            rows.add(row(day, ActivityType.SUPPORT_TICKET, people, Role.C, "inbound",
                    dice.pick(Vocabulary.TICKET_SUBJECTS), status, severity));
        }
        int reviewEvery = new int[] {91, 182, 365}[tier - 1];
        if (tier < 3 || dice.chance(0.5)) {
            for (LocalDate day = DemoDataSet.HISTORY_START.plusDays(dice.between(10, reviewEvery));
                    !day.isAfter(touchedUntil); day = day.plusDays(reviewEvery + dice.between(-10, 10))) {
                if (contracts.isCustomer(account.id(), day)) {
                    rows.add(row(day, ActivityType.BUSINESS_REVIEW, people, Role.A, "outbound",
                            "Business review Q" + ((day.getMonthValue() - 1) / 3 + 1) + " " + day.getYear(), null,
                            null));
                }
            }
        }
        for (LocalDate day : days(new double[] {10, 22, 45}[tier - 1], account, touchedUntil)) {
            int kind = dice.weighted(55, 35, tier < 3 ? 10 : 0);
            rows.add(switch (kind) {
                case 0 -> row(day, ActivityType.CALL, people, Role.B, dice.chance(0.3) ? "inbound" : "outbound",
                        dice.pick(Vocabulary.CALL_SUBJECTS), null, null);
                case 1 -> row(day, ActivityType.MEETING, people, Role.B, "outbound",
                        dice.pick(Vocabulary.MEETING_SUBJECTS), null, null);
                default -> row(day, ActivityType.VISIT, people, Role.A, "outbound", "On-site visit", null, null);
            });
        }
        for (LocalDate day : days(new double[] {10, 18, 30}[tier - 1], account, DemoDataSet.ANCHOR)) {
            rows.add(row(day, ActivityType.EMAIL, people, Role.B, dice.chance(0.5) ? "inbound" : "outbound",
                    dice.pick(Vocabulary.EMAIL_SUBJECTS), null, null));
        }
        marketing(account, people, rows, flooded);
        for (LocalDate day : days(120, account, DemoDataSet.ANCHOR)) {
            rows.add(row(day, ActivityType.OTHER, dice.chance(0.5) ? people : List.of(), Role.C, null,
                    dice.pick(Vocabulary.OTHER_SUBJECTS), null, null));
        }
        rows.sort(Comparator.comparing(Row::at));
        for (Row r : rows) {
            file.row(String.format(Locale.ROOT, "act-%06d", file.size() + 1), account.id(), r.contactId(),
                    r.type().code(), r.at(), r.direction(), r.subject(), r.status(), r.severity());
        }
    }

    /** A monthly newsletter, sometimes a campaign; a flooded account got a burst in the last 30 days. */
    private void marketing(DemoAccount account, List<DemoContact> people, List<Row> rows, boolean flooded) {
        YearMonth last = YearMonth.from(DemoDataSet.ANCHOR);
        for (YearMonth month = YearMonth.from(DemoDataSet.HISTORY_START).plusMonths(1); !month.isAfter(last);
                month = month.plusMonths(1)) {
            LocalDate newsletter = month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
            if (!newsletter.isAfter(DemoDataSet.ANCHOR) && contracts.isCustomer(account.id(), newsletter)) {
                rows.add(row(newsletter, ActivityType.MARKETING_EMAIL, people, Role.C,
                        dice.chance(0.8) ? "outbound" : null,
                        "Newsletter " + month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                                + month.getYear(), null, null));
            }
            LocalDate campaign = month.atDay(dice.between(1, 28));
            if (dice.chance(0.3) && !campaign.isAfter(DemoDataSet.ANCHOR)
                    && contracts.isCustomer(account.id(), campaign)) {
                rows.add(row(campaign, ActivityType.MARKETING_EMAIL, people, Role.C, "outbound",
                        dice.pick(Vocabulary.CAMPAIGN_SUBJECTS), null, null));
            }
        }
        if (flooded && contracts.isCustomer(account.id(), DemoDataSet.ANCHOR)) {
            for (int i = dice.between(9, 13); i > 0; i--) {
                rows.add(row(DemoDataSet.ANCHOR.minusDays(dice.between(0, 27)), ActivityType.MARKETING_EMAIL, people,
                        Role.C, "outbound", dice.pick(Vocabulary.CAMPAIGN_SUBJECTS), null, null));
            }
        }
    }

    /** The days of a process happening every {@code pace} days on average while the account is a customer. */
    private List<LocalDate> days(double pace, DemoAccount account, LocalDate until) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = DemoDataSet.HISTORY_START.plusDays(dice.interval(pace)); !day.isAfter(until);
                day = day.plusDays(dice.interval(pace))) {
            if (contracts.isCustomer(account.id(), day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** An activity with a contact present that day, preferably in {@code role}; none when nobody is. */
    private Row row(LocalDate day, ActivityType type, List<DemoContact> people, Role role, String direction,
            String subject, String status, String severity) {
        List<DemoContact> present = people.stream().filter(c -> c.presentOn(day)).toList();
        List<DemoContact> inRole = present.stream().filter(c -> c.role() == role).toList();
        DemoContact contact = present.isEmpty() ? null : dice.pick(inRole.isEmpty() ? present : inRole);
        Instant at = day.atTime(dice.between(8, 17), dice.between(0, 59)).toInstant(ZoneOffset.UTC);
        return new Row(at, type, contact == null ? null : contact.id(), direction, subject, status, severity);
    }
}
