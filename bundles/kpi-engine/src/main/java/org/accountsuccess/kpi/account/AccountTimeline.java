package org.accountsuccess.kpi.account;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.timeline.ActivityTimeline;
import org.accountsuccess.api.timeline.TimelineEvent;
import org.accountsuccess.api.timeline.TimelineEventType;
import org.accountsuccess.api.timeline.TimelineGap;
import org.accountsuccess.api.timeline.TimelineQuery;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.kpi.KpiParameters;
import org.accountsuccess.kpi.nps.NpsMath;

/**
 * One account's timeline: activities, survey responses and contract starts, renewals and ends
 * merged into one stream, newest first, with the stretches that lacked a meaningful touch.
 *
 * <p>Feed it the account's activities up to the window's last day (earlier ones only set where
 * the first gap starts and the flags), its responses and its contracts.
 */
public final class AccountTimeline {
    /** Newest first; at the same instant by type, then by source id. */
    private static final Comparator<TimelineEvent> NEWEST_FIRST = Comparator.comparing(TimelineEvent::at)
            .reversed()
            .thenComparing(TimelineEvent::type)
            .thenComparing(TimelineEvent::sourceId);

    private final Account account;
    private final TimelineQuery query;
    private final KpiParameters parameters;
    private final List<TimelineEvent> events = new ArrayList<>();
    private final TreeSet<LocalDate> touchesInWindow = new TreeSet<>();
    private final CommunicationFlags flags;
    private LocalDate lastTouchBefore;

    public AccountTimeline(Account account, TimelineQuery query, KpiParameters parameters) {
        this.account = account;
        this.query = query;
        this.parameters = parameters;
        this.flags = new CommunicationFlags(query.window().to(), account.tier(), parameters);
    }

    public void addActivity(Activity activity) {
        flags.add(activity);
        LocalDate day = dayOf(activity.occurredAt());
        if (day.isAfter(query.window().to())) {
            return;
        }
        if (CommunicationFlags.MEANINGFUL_TOUCH.contains(activity.type())) {
            if (day.isBefore(query.window().from())) {
                lastTouchBefore = lastTouchBefore == null || day.isAfter(lastTouchBefore) ? day : lastTouchBefore;
            } else {
                touchesInWindow.add(day);
            }
        }
        TimelineEventType type = TimelineEventType.of(activity.type());
        if (query.window().contains(day) && query.shows(type)) {
            String title = activity.subject() != null ? activity.subject()
                    : activity.type().code().replace('_', ' ');
            events.add(new TimelineEvent(activity.occurredAt(), day, type, activity.id(), activity.contactId(), title,
                    activity, null, null));
        }
    }

    public void addResponse(SurveyResponse response) {
        LocalDate day = dayOf(response.answeredAt());
        if (query.window().contains(day) && query.shows(TimelineEventType.SURVEY_RESPONSE)) {
            LoyaltyClass loyaltyClass = NpsMath.classify(response.score());
            String title = "Score " + response.score() + " (" + loyaltyClass.name().toLowerCase(Locale.ROOT) + ")";
            events.add(new TimelineEvent(response.answeredAt(), day, TimelineEventType.SURVEY_RESPONSE, response.id(),
                    response.contactId(), title, null, response, null));
        }
    }

    public void addContract(Contract contract) {
        boolean renewal = contract.renewalOf() != null;
        TimelineEventType startType = renewal ? TimelineEventType.CONTRACT_RENEWAL : TimelineEventType.CONTRACT_START;
        String money = contract.mrr().toPlainString() + (contract.currency() != null ? " " + contract.currency() : "");
        addContractEvent(contract, contract.startDate(), startType, renewal
                ? "Contract " + contract.id() + " renews " + contract.renewalOf() + ", MRR " + money
                : "Contract " + contract.id() + " starts, MRR " + money);
        if (!contract.evergreen()) {
            addContractEvent(contract, contract.endDate(), TimelineEventType.CONTRACT_END,
                    "Contract " + contract.id() + " ends, MRR " + money);
        }
    }

    private void addContractEvent(Contract contract, LocalDate day, TimelineEventType type, String title) {
        if (query.window().contains(day) && query.shows(type)) {
            events.add(new TimelineEvent(day.atStartOfDay(parameters.zone()).toInstant(), day, type, contract.id(),
                    null, title, null, null, contract));
        }
    }

    /** The requested page, the gaps in the window and the flags as of its last day. */
    public ActivityTimeline timeline() {
        List<TimelineEvent> ordered = new ArrayList<>(events);
        ordered.sort(NEWEST_FIRST);
        List<TimelineEvent> page = ordered.stream().skip(query.offset()).limit(query.limit()).toList();
        return new ActivityTimeline(account.id(), query.window(), ordered.size(), page, gaps(),
                flags.communicationGap(), flags.overContact());
    }

    /**
     * Stretches between consecutive meaningful touches (or from the window's first day when there
     * was none before it, or up to its last day) longer than the tier's limit.
     */
    private List<TimelineGap> gaps() {
        int limit = parameters.gapLimitFor(account.tier());
        List<TimelineGap> gaps = new ArrayList<>();
        LocalDate previous = lastTouchBefore != null ? lastTouchBefore : query.window().from();
        List<LocalDate> ends = new ArrayList<>(touchesInWindow);
        ends.add(query.window().to());
        for (LocalDate next : ends) {
            long days = ChronoUnit.DAYS.between(previous, next);
            if (days > limit) {
                gaps.add(new TimelineGap(previous, next, days));
            }
            previous = next;
        }
        return gaps;
    }

    private LocalDate dayOf(java.time.Instant instant) {
        return instant.atZone(parameters.zone()).toLocalDate();
    }
}
