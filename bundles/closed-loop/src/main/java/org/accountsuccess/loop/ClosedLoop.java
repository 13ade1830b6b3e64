package org.accountsuccess.loop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.event.AccountSuccessEvents;
import org.accountsuccess.api.followup.FollowUpCreation;
import org.accountsuccess.api.followup.FollowUpEdit;
import org.accountsuccess.api.followup.FollowUpHistoryEntry;
import org.accountsuccess.api.followup.FollowUpQuery;
import org.accountsuccess.api.followup.FollowUpService;
import org.accountsuccess.api.followup.NewFollowUp;
import org.accountsuccess.api.followup.StaleFollowUpException;
import org.accountsuccess.api.followup.SweepReport;
import org.accountsuccess.api.followup.TrackedFollowUp;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.api.renewal.DueContract;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.host.spi.FollowUpSink;
import org.accountsuccess.host.spi.FollowUpStatus;
import org.accountsuccess.host.spi.FollowUpUpdates;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.host.spi.TimeRange;
import org.accountsuccess.kpi.account.CommunicationFlags;
import org.accountsuccess.kpi.nps.NpsMath;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The closed loop over a host and a ledger. A sweep, as of the clock's day in the tenant's zone:
 * <ol>
 * <li>each response of the lookback not in the ledger gets its follow-up, recorded pending with
 * its {@code RESPONSE_ARRIVED} event; then every pending follow-up goes to the host's sink and is
 * marked submitted once the sink took it (the sink is idempotent by response id, so a crash in
 * between creates nothing twice);</li>
 * <li>each account's health band is compared with the last one seen ({@code BAND_CHANGED}); the
 * first sweep with bands only records them, so an installation does not announce every account;</li>
 * <li>each follow-up due before today and not done gets {@code FOLLOW_UP_OVERDUE}, once;</li>
 * <li>each contract ending in {@code [today, today + window]} and not renewed gets
 * {@code RENEWAL_WINDOW_ENTERED}, once per end date;</li>
 * <li>every event not posted yet is posted, then marked posted.</li>
 * </ol>
 * A follow-up is done once the account has a meaningful touch (metrics.md: business review,
 * meeting, call, visit, support ticket) at or after the response's answer, or once a user marks it
 * done. Users also create follow-ups for recommended actions, snooze, reassign and note them; each
 * change needs the version it saw, and goes back to the host where the sink has
 * {@link FollowUpUpdates} (after a submission step of each sweep, and at once).
 */
final class ClosedLoop implements FollowUpService {
    private static final Logger LOG = LoggerFactory.getLogger(ClosedLoop.class);

    private final LoopHost host;
    private final Ledger ledger;
    private final Clock clock;
    private final LoopSettings settings;
    private final ReentrantLock sweeping = new ReentrantLock();
    /** Guarded by {@code sweeping}: the data version and day of the last sweep that read everything. */
    private Optional<DataMark> lastRead = Optional.empty();

    ClosedLoop(LoopHost host, Ledger ledger, Clock clock, LoopSettings settings) {
        this.host = host;
        this.ledger = ledger;
        this.clock = clock;
        this.settings = settings;
    }

    LoopSettings settings() {
        return settings;
    }

    /** The host's data version, empty when it tells none or cannot be asked now. */
    Optional<Long> dataVersion() {
        try {
            return host.dataVersion();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public SweepReport sweep() {
        return sweep(() -> true);
    }

    /**
     * One sweep, which waits for one under way to end. {@code goOn} is asked before each step and
     * between the follow-ups and accounts of a step: when it turns false (the loop stops, or the
     * node lost the leader lease) the sweep ends after the current statement, never interrupted in
     * the middle of one, and the next sweep starts over.
     *
     * <p>When the host tells its data version ({@code HostChanges}) and neither it nor the day
     * changed since the last sweep that read everything, the host is not read again: only the
     * ledger's pending follow-ups and unposted events are handled.
     */
    SweepReport sweep(BooleanSupplier goOn) {
        sweeping.lock();
        try {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, settings.zone());
            // read before the data, so a change during the sweep makes the next one read again
            Optional<DataMark> mark = dataVersion().map(version -> new DataMark(version, today));
            boolean reread = mark.isEmpty() || !mark.equals(lastRead);
            Steps steps = new Steps(goOn);
            int newResponses = reread ? steps.run(() -> recordNewResponses(now, today, goOn)) : 0;
            int[] submission = steps.going() ? submitPending(goOn) : new int[] {0, ledger.pending().size()};
            steps.run(() -> writeBack(goOn));
            int bandChanges = reread ? steps.isolated("health bands", () -> followBands(today, now, goOn)) : 0;
            int overdue = reread ? steps.isolated("overdue follow-ups", () -> notifyOverdue(today, now, goOn)) : 0;
            int renewals = reread ? steps.isolated("renewal window", () -> notifyRenewals(today, now)) : 0;
            int posted = steps.run(() -> postEvents(goOn));
            if (reread && steps.complete()) {
                lastRead = mark;
            }
            return new SweepReport(now, today, newResponses, submission[0], submission[1], bandChanges, overdue,
                    renewals, posted);
        } finally {
            sweeping.unlock();
        }
    }

    /** The host's data version and the day a sweep read everything at. */
    private record DataMark(long version, LocalDate day) {
    }

    /** The steps of one sweep: whether to go on, and whether every check ran to its end. */
    private static final class Steps {
        private final BooleanSupplier goOn;
        private boolean failed;

        Steps(BooleanSupplier goOn) {
            this.goOn = goOn;
        }

        boolean going() {
            return goOn.getAsBoolean();
        }

        boolean complete() {
            return !failed && going();
        }

        int run(IntSupplier step) {
            return going() ? step.getAsInt() : 0;
        }

        /**
         * Runs one of the checks that read other services; when it fails the others and the posting
         * of what was recorded still run, and the next sweep tries it again.
         */
        int isolated(String check, IntSupplier step) {
            if (!going()) {
                return 0;
            }
            try {
                return step.getAsInt();
            } catch (RuntimeException e) {
                failed = true;
                LOG.warn("closed loop: the check of {} failed, tried again next sweep", check, e);
                return 0;
            }
        }
    }

    @Override
    public List<TrackedFollowUp> followUps(FollowUpQuery query) {
        Instant until = endOf(query.asOf());
        List<LedgerFollowUp> rows = ledger.answeredBefore(until).stream()
                .filter(r -> query.assignee() == null || query.assignee().equals(r.followUp().assignee()))
                .toList();
        if (!AccountFilter.ALL.equals(query.accounts()) && !rows.isEmpty()) {
            Set<String> visible = accounts(query.accounts(), rows).keySet();
            rows = rows.stream().filter(r -> visible.contains(r.followUp().accountId())).toList();
        }
        Map<String, LocalDate> touched = doneOn(rows, until);
        List<TrackedFollowUp> tracked = new ArrayList<>();
        for (LedgerFollowUp r : rows) {
            TrackedFollowUp t = track(r, touched.get(r.id()), query.asOf());
            if (!query.overdueOnly() || t.overdue()) {
                tracked.add(t);
            }
        }
        tracked.sort(Comparator.comparing((TrackedFollowUp t) -> t.followUp().dueDate())
                .thenComparing(t -> t.followUp().responseId()));
        return tracked;
    }

    @Override
    public Optional<TrackedFollowUp> followUp(String id, LocalDate asOf) {
        return ledger.followUp(id).map(r -> tracked(r, asOf));
    }

    @Override
    public List<FollowUpHistoryEntry> history(String id) {
        List<LedgerChange> changes = ledger.changes(id);
        if (!changes.isEmpty()) {
            return changes.stream().map(LedgerChange::entry).toList();
        }
        // unchanged since created: version 1 is the row itself
        return ledger.followUp(id).map(r -> List.of(new FollowUpHistoryEntry(1, r.createdAt(),
                r.createdBy() != null ? r.createdBy() : FollowUpHistoryEntry.CLOSED_LOOP, "created",
                FollowUpStatus.OPEN, Optional.empty(), r.followUp().assignee(), null))).orElse(List.of());
    }

    /**
     * The open follow-up of the account with the request's title, or a new one. Its id is
     * {@code act-} and a hash of the account, the title and how many follow-ups with that title the
     * account had before: two nodes creating it at once write the same key, and the second answers
     * the first's.
     */
    @Override
    public FollowUpCreation create(NewFollowUp request, LocalDate asOf) {
        Account account = host.accounts().account(request.accountId()).orElseThrow(
                () -> new IllegalArgumentException("accountId: no account '" + request.accountId() + "'"));
        if (request.dueDate() != null && request.dueDate().isBefore(asOf)) {
            throw new IllegalArgumentException("dueDate: " + request.dueDate() + " is before " + asOf);
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            List<LedgerFollowUp> same = ledger.withTitle(account.id(), request.title()).stream()
                    .filter(r -> r.followUp().kind() == FollowUp.Kind.RECOMMENDED_ACTION).toList();
            Map<String, LocalDate> touched = doneOn(same, endOf(asOf));
            Optional<TrackedFollowUp> open = same.stream().map(r -> track(r, touched.get(r.id()), asOf))
                    .filter(t -> !t.done()).findFirst();
            if (open.isPresent()) {
                return new FollowUpCreation(false, open.get());
            }
            Instant now = clock.instant();
            String assignee = request.assignee() != null ? request.assignee()
                    : account.owner() != null ? account.owner() : request.createdBy();
            LocalDate due = request.dueDate() != null ? request.dueDate()
                    : asOf.plusDays(settings.dueDays(FollowUp.Kind.RECOMMENDED_ACTION));
            FollowUp followUp = new FollowUp(actionId(account.id(), request.title(), same.size()), account.id(), null,
                    assignee, FollowUp.Kind.RECOMMENDED_ACTION, due, request.title());
            // made for a past day (the page's as-of day): it counts from that day's start
            Instant from = now.isBefore(endOf(asOf)) ? now : asOf.atStartOfDay(settings.zone()).toInstant();
            LedgerFollowUp row = LedgerFollowUp.created(followUp, from, now, request.createdBy());
            if (ledger.recordFollowUps(List.of(row), List.of())) {
                submitNow(row);
                return new FollowUpCreation(true, tracked(ledger.followUp(row.id()).orElseThrow(), asOf));
            }
        }
        throw new IllegalStateException("follow-up for '" + request.title() + "' of " + account.id()
                + ": created and closed by others while this was asked; ask again");
    }

    @Override
    public Optional<TrackedFollowUp> change(FollowUpEdit edit, LocalDate asOf) {
        Optional<LedgerFollowUp> found = ledger.followUp(edit.followUpId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LedgerFollowUp before = found.get();
        if (before.version() != edit.version()) {
            throw new StaleFollowUpException(before.id(), edit.version(), before.version());
        }
        if (edit.snoozeUntil() != null && !edit.snoozeUntil().isAfter(asOf)) {
            throw new IllegalArgumentException("snoozeUntil: " + edit.snoozeUntil() + " is not after " + asOf);
        }
        FollowUpStatus status = edit.status() != null ? edit.status() : before.status();
        LocalDate snoozedUntil = status != FollowUpStatus.SNOOZED ? null
                : edit.snoozeUntil() != null ? edit.snoozeUntil() : before.snoozedUntil();
        String assignee = edit.assignee() != null ? edit.assignee() : before.followUp().assignee();
        String note = edit.note() == null ? before.note() : edit.note().isBlank() ? null : edit.note().strip();
        String what = LedgerChange.what(before, status, snoozedUntil, assignee, note);
        if (what.isEmpty()) {
            return Optional.of(tracked(before, asOf)); // nothing new: no version
        }
        LedgerChange change = new LedgerChange(before.id(), before.version() + 1, clock.instant(), edit.by(), what,
                status, snoozedUntil, assignee, note);
        LocalDate closedOn = status != FollowUpStatus.DONE ? null
                : before.status() == FollowUpStatus.DONE ? before.closedOn() : asOf;
        if (!ledger.recordChange(before, change, closedOn)) {
            long current = ledger.followUp(before.id()).map(LedgerFollowUp::version).orElse(before.version());
            throw new StaleFollowUpException(before.id(), edit.version(), current);
        }
        writeBack(() -> true);
        return followUp(before.id(), asOf);
    }

    private TrackedFollowUp tracked(LedgerFollowUp row, LocalDate asOf) {
        return track(row, doneOn(List.of(row), endOf(asOf)).get(row.id()), asOf);
    }

    /**
     * The follow-up as of a day; {@code touchedOn} is the day of its first meaningful touch, or
     * {@code null}. Marked done by a user counts from the day marked; a snooze holds until its day,
     * then the follow-up is open again and overdue from the day after the later of due date and
     * snooze end.
     */
    private static TrackedFollowUp track(LedgerFollowUp r, LocalDate touchedOn, LocalDate asOf) {
        boolean markedDone = r.status() == FollowUpStatus.DONE && r.closedOn() != null && !r.closedOn().isAfter(asOf);
        Optional<LocalDate> doneOn = Optional.ofNullable(markedDone ? r.closedOn() : touchedOn);
        boolean snoozed = r.snoozedUntil() != null && asOf.isBefore(r.snoozedUntil());
        LocalDate due = r.snoozedUntil() != null && r.snoozedUntil().isAfter(r.followUp().dueDate())
                ? r.snoozedUntil() : r.followUp().dueDate();
        boolean overdue = doneOn.isEmpty() && !snoozed && due.isBefore(asOf);
        FollowUpStatus status = doneOn.isPresent() ? FollowUpStatus.DONE
                : snoozed ? FollowUpStatus.SNOOZED : FollowUpStatus.OPEN;
        return new TrackedFollowUp(r.followUp(), r.answeredAt(), r.createdAt(), r.state(), doneOn, overdue, status,
                Optional.ofNullable(r.snoozedUntil()), r.note(), r.version());
    }

    private static String actionId(String accountId, String title, int earlier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((accountId + "\n" + title + "\n" + earlier)
                    .getBytes(StandardCharsets.UTF_8));
            return "act-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The follow-up a response asks for: by the respondent's class, for the account's owner. */
    FollowUp followUpOf(SurveyResponse response, Contact contact, Account account) {
        LoyaltyClass loyalty = NpsMath.classify(response.score());
        FollowUp.Kind kind = switch (loyalty) {
            case DETRACTOR -> FollowUp.Kind.CALL_BACK;
            case PASSIVE -> FollowUp.Kind.ENGAGE;
            default -> FollowUp.Kind.THANK_AND_ASK_REFERRAL;
        };
        LocalDate answeredOn = LocalDate.ofInstant(response.answeredAt(), settings.zone());
        String action = switch (loyalty) {
            case DETRACTOR -> "Call back";
            case PASSIVE -> "Engage";
            default -> "Thank and ask for a referral:";
        };
        String who = contact.name() != null ? contact.name() + " (" + contact.id() + ")" : contact.id();
        String title = action + " " + who + " of " + (account != null ? account.name() : contact.accountId())
                + ", score " + response.score() + " on " + answeredOn;
        return new FollowUp(response.id(), contact.accountId(), contact.id(), account != null ? account.owner() : null,
                kind, answeredOn.plusDays(settings.dueDays(kind)), title);
    }

    private int recordNewResponses(Instant now, LocalDate today, BooleanSupplier goOn) {
        DateWindow lookback = DateWindow.lookback(today, settings.lookbackDays());
        List<SurveyResponse> responses;
        try (Stream<SurveyResponse> all = host.surveys().responses(SurveyQuery.tenant(lookback.toTimeRange(settings.zone())))) {
            responses = all.toList();
        }
        if (responses.isEmpty()) {
            return 0;
        }
        Set<String> known = ledger.known(responses.stream().map(SurveyResponse::id).toList());
        List<SurveyResponse> fresh = responses.stream().filter(r -> !known.contains(r.id()))
                .sorted(Comparator.comparing(SurveyResponse::answeredAt).thenComparing(SurveyResponse::id)).toList();
        if (fresh.isEmpty() || !goOn.getAsBoolean()) {
            return 0;
        }
        Map<String, Contact> contacts;
        try (Stream<Contact> all = host.accounts().allContacts()) {
            contacts = all.collect(Collectors.toMap(Contact::id, Function.identity(), (a, b) -> a));
        }
        Map<String, Account> accounts = new HashMap<>();
        List<LedgerFollowUp> rows = new ArrayList<>();
        List<LedgerEvent> events = new ArrayList<>();
        int unknownContacts = 0;
        for (SurveyResponse response : fresh) {
            Contact contact = contacts.get(response.contactId());
            if (contact == null) {
                unknownContacts++;
                continue;
            }
            Account account = accounts.computeIfAbsent(contact.accountId(),
                    id -> host.accounts().account(id).orElse(null));
            FollowUp followUp = followUpOf(response, contact, account);
            rows.add(LedgerFollowUp.created(followUp, response.answeredAt(), now, null));
            events.add(responseArrived(response, contact, now));
        }
        if (unknownContacts > 0) {
            LOG.warn("closed loop: {} new response(s) name a contact the host does not know; they get a follow-up"
                    + " once the contact is there", unknownContacts);
        }
        if (!ledger.recordFollowUps(rows, events)) {
            LOG.info("closed loop: another node recorded some of these {} follow-up(s) first; the next sweep"
                    + " takes the rest", rows.size());
            return 0;
        }
        return rows.size();
    }

    /** Hands the pending follow-ups to the sink; answers {submitted, still pending}. */
    private int[] submitPending(BooleanSupplier goOn) {
        List<LedgerFollowUp> pending = ledger.pending();
        FollowUpSink sink = host.sink().get();
        if (sink == null || pending.isEmpty()) {
            return new int[] {0, pending.size()};
        }
        int submitted = 0;
        RuntimeException firstFailure = null;
        String firstFailed = null;
        for (LedgerFollowUp row : pending) {
            if (!goOn.getAsBoolean()) {
                break;
            }
            try {
                submit(sink, row);
                submitted++;
            } catch (RuntimeException e) {
                if (firstFailure == null) {
                    firstFailure = e;
                    firstFailed = row.followUp().responseId();
                }
            }
        }
        int failed = pending.size() - submitted;
        if (firstFailure != null) {
            // one line per sweep, not one per follow-up, while a host is down
            LOG.warn("closed loop: the host's follow-up sink failed on {} follow-up(s), retried next sweep;"
                    + " the first, for response {}: {}", failed, firstFailed, firstFailure.toString());
        }
        return new int[] {submitted, failed};
    }

    /** Hands a new follow-up to the sink at once, so the host shows it; when that fails, the next sweep retries. */
    private void submitNow(LedgerFollowUp row) {
        FollowUpSink sink = host.sink().get();
        if (sink == null) {
            return;
        }
        try {
            submit(sink, row);
        } catch (RuntimeException e) {
            LOG.warn("closed loop: the host's follow-up sink did not take {} now, retried next sweep: {}", row.id(),
                    e.toString());
        }
    }

    private void submit(FollowUpSink sink, LedgerFollowUp row) {
        sink.submit(row.followUp());
        ledger.markSubmitted(row.id());
    }

    /**
     * Hands the users' changes the host has not taken to its {@link FollowUpUpdates}, when the sink
     * has it, each follow-up's in version order; a failed one stays for the next sweep (with the
     * later changes of its follow-up). Answers how many the host took.
     */
    private int writeBack(BooleanSupplier goOn) {
        if (!(host.sink().get() instanceof FollowUpUpdates updates)) {
            return 0;
        }
        int written = 0;
        Set<String> failed = new HashSet<>();
        RuntimeException firstFailure = null;
        for (LedgerChange change : ledger.unwritten()) {
            if (!goOn.getAsBoolean()) {
                break;
            }
            if (failed.contains(change.followUpId())) {
                continue;
            }
            try {
                updates.update(change.forHost());
                ledger.markWrittenBack(change.followUpId(), change.version());
                written++;
            } catch (RuntimeException e) {
                failed.add(change.followUpId());
                firstFailure = firstFailure != null ? firstFailure : e;
            }
        }
        if (firstFailure != null) {
            LOG.warn("closed loop: the host did not take the changes of {} follow-up(s), retried next sweep: {}",
                    failed.size(), firstFailure.toString());
        }
        return written;
    }

    private int followBands(LocalDate today, Instant now, BooleanSupplier goOn) {
        HealthService health = host.health().get();
        if (health == null) {
            return 0;
        }
        Map<String, String> seen = ledger.bands();
        boolean baseline = seen.isEmpty();
        int changes = 0;
        for (HealthScore score : health.health(AccountFilter.ALL, today)) {
            if (!goOn.getAsBoolean()) {
                break;
            }
            if (score.band().isEmpty()) {
                continue;
            }
            String band = score.band().get().name();
            String previous = seen.get(score.accountId());
            if (band.equals(previous)) {
                continue;
            }
            Optional<LedgerEvent> event = Optional.empty();
            if (!baseline) {
                int n = ledger.bandChanges(score.accountId()) + 1;
                Map<String, Object> p = base("band-changed:" + score.accountId() + ":" + n, score.accountId(), now);
                if (previous != null) {
                    p.put(AccountSuccessEvents.PREVIOUS_BAND, previous);
                }
                p.put(AccountSuccessEvents.BAND, band);
                OptionalDouble value = score.score();
                if (value.isPresent()) {
                    p.put(AccountSuccessEvents.HEALTH_SCORE, value.getAsDouble());
                }
                event = Optional.of(new LedgerEvent(id(p), AccountSuccessEvents.BAND_CHANGED, p));
            }
            if (ledger.recordBand(score.accountId(), band, today, event) && event.isPresent()) {
                changes++;
            }
        }
        return changes;
    }

    private int notifyOverdue(LocalDate today, Instant now, BooleanSupplier goOn) {
        List<LedgerFollowUp> due = ledger.unnotifiedDueBefore(today);
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, LocalDate> done = doneOn(due, endOf(today));
        int overdue = 0;
        for (LedgerFollowUp row : due) {
            if (!goOn.getAsBoolean()) {
                break;
            }
            FollowUp f = row.followUp();
            LocalDate doneOn = done.get(f.responseId());
            if (doneOn != null) {
                ledger.markClosed(f.responseId(), doneOn);
                continue;
            }
            Map<String, Object> p = base("followup-overdue:" + f.responseId(), f.accountId(), now);
            p.put(AccountSuccessEvents.RESPONSE_ID, f.responseId());
            if (f.assignee() != null) {
                p.put(AccountSuccessEvents.ASSIGNEE, f.assignee());
            }
            p.put(AccountSuccessEvents.KIND, f.kind().name());
            p.put(AccountSuccessEvents.DUE_DATE, f.dueDate().toString());
            if (ledger.markOverdue(f.responseId(), new LedgerEvent(id(p), AccountSuccessEvents.FOLLOW_UP_OVERDUE, p))) {
                overdue++;
            }
        }
        return overdue;
    }

    private int notifyRenewals(LocalDate today, Instant now) {
        DateWindow window = new DateWindow(today, today.plusDays(settings.renewalWindowDays()));
        int entered = 0;
        Map<String, Optional<Account>> accounts = new HashMap<>();
        for (DueContract due : host.renewals().renewals(window, AccountFilter.ALL).contracts()) {
            if (due.renewed()) {
                continue;
            }
            Contract c = due.contract();
            String currency = c.currency() != null ? c.currency()
                    : accounts.computeIfAbsent(c.accountId(), id -> host.accounts().account(id))
                            .map(Account::currency).orElse(settings.baseCurrency());
            Map<String, Object> p = base("renewal-window-entered:" + c.id() + ":" + c.endDate(), c.accountId(), now);
            p.put(AccountSuccessEvents.CONTRACT_ID, c.id());
            p.put(AccountSuccessEvents.END_DATE, c.endDate().toString());
            p.put(AccountSuccessEvents.MRR, c.mrr().toPlainString());
            p.put(AccountSuccessEvents.CURRENCY, currency != null ? currency : settings.baseCurrency());
            if (ledger.recordOnce(new LedgerEvent(id(p), AccountSuccessEvents.RENEWAL_WINDOW_ENTERED, p))) {
                entered++;
            }
        }
        return entered;
    }

    private int postEvents(BooleanSupplier goOn) {
        EventAdmin events = host.events().get();
        if (events == null) {
            return 0;
        }
        int posted = 0;
        for (LedgerEvent e : ledger.unposted()) {
            if (!goOn.getAsBoolean()) {
                break;
            }
            events.postEvent(new Event(e.topic(), e.properties()));
            ledger.markPosted(e.eventId(), clock.instant());
            posted++;
        }
        return posted;
    }

    private LedgerEvent responseArrived(SurveyResponse response, Contact contact, Instant now) {
        Map<String, Object> p = base("response-arrived:" + response.id(), contact.accountId(), now);
        p.put(AccountSuccessEvents.RESPONSE_ID, response.id());
        p.put(AccountSuccessEvents.CONTACT_ID, contact.id());
        p.put(AccountSuccessEvents.SCORE, response.score());
        p.put(AccountSuccessEvents.LOYALTY_CLASS, NpsMath.classify(response.score()).name());
        p.put(AccountSuccessEvents.ANSWERED_AT, response.answeredAt().toString());
        return new LedgerEvent(id(p), AccountSuccessEvents.RESPONSE_ARRIVED, p);
    }

    private static Map<String, Object> base(String eventId, String accountId, Instant now) {
        Map<String, Object> p = new TreeMap<>();
        p.put(AccountSuccessEvents.EVENT_ID, eventId);
        p.put(AccountSuccessEvents.ACCOUNT_ID, accountId);
        p.put(AccountSuccessEvents.OCCURRED_AT, now.toString());
        return p;
    }

    private static String id(Map<String, Object> properties) {
        return (String) properties.get(AccountSuccessEvents.EVENT_ID);
    }

    /**
     * The day of the first meaningful touch at or after each follow-up's answer and before
     * {@code until}, by response id; follow-ups without one are left out.
     */
    private Map<String, LocalDate> doneOn(Collection<LedgerFollowUp> rows, Instant until) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Instant from = rows.stream().map(LedgerFollowUp::answeredAt).min(Comparator.naturalOrder()).orElseThrow();
        if (!from.isBefore(until)) {
            return Map.of();
        }
        Set<String> accountIds = rows.stream().map(r -> r.followUp().accountId()).collect(Collectors.toSet());
        String single = accountIds.size() == 1 ? accountIds.iterator().next() : null;
        Map<String, List<Instant>> touches = new HashMap<>();
        try (Stream<Activity> activities = host.activities().activities(
                new ActivityQuery(single, new TimeRange(from, until), CommunicationFlags.MEANINGFUL_TOUCH))) {
            activities.filter(a -> accountIds.contains(a.accountId()))
                    .forEach(a -> touches.computeIfAbsent(a.accountId(), k -> new ArrayList<>()).add(a.occurredAt()));
        }
        Map<String, LocalDate> done = new HashMap<>();
        for (LedgerFollowUp row : rows) {
            touches.getOrDefault(row.followUp().accountId(), List.of()).stream()
                    .filter(t -> !t.isBefore(row.answeredAt()))
                    .min(Comparator.naturalOrder())
                    .ifPresent(t -> done.put(row.followUp().responseId(), LocalDate.ofInstant(t, settings.zone())));
        }
        return done;
    }

    /** The accounts of the rows that the filter selects, by id. */
    private Map<String, Account> accounts(AccountFilter filter, List<LedgerFollowUp> rows) {
        Set<String> ids = rows.stream().map(r -> r.followUp().accountId()).collect(Collectors.toSet());
        if (ids.size() == 1) {
            return host.accounts().account(ids.iterator().next()).filter(filter::matches)
                    .map(a -> Map.of(a.id(), a)).orElse(Map.of());
        }
        try (Stream<Account> all = host.accounts().accounts()) {
            return all.filter(a -> ids.contains(a.id()) && filter.matches(a))
                    .collect(Collectors.toMap(Account::id, Function.identity()));
        }
    }

    /** The first instant after {@code day} in the tenant's zone. */
    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(settings.zone()).toInstant();
    }
}
