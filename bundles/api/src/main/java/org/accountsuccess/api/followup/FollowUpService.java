package org.accountsuccess.api.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The follow-ups of the closed loop, and the sweep that creates them and posts the events. */
@ProviderType
public interface FollowUpService {

    /** The follow-ups the query selects, by due date then response id. */
    List<TrackedFollowUp> followUps(FollowUpQuery query);

    /**
     * Runs a sweep now (it also runs on a schedule and after each import): creates the follow-ups
     * of new responses, hands pending ones to the host, and posts the events not posted yet.
     * Sweeps never overlap; a second caller waits for the running one.
     */
    SweepReport sweep();

    /** One follow-up as of a day, whatever its account (the caller checks who may see it). */
    Optional<TrackedFollowUp> followUp(String id, LocalDate asOf);

    /** The follow-up's versions, oldest first; empty for an unknown id. */
    List<FollowUpHistoryEntry> history(String id);

    /**
     * Creates a follow-up for a recommended action, pending for the host's sink, unless the account
     * has an open one with the same title (then that one is answered). Two nodes asking at once
     * create one.
     *
     * @param asOf the day it is created on, for the default due date and what "open" means
     * @throws IllegalArgumentException naming the field when the account is unknown ({@code accountId})
     */
    FollowUpCreation create(NewFollowUp request, LocalDate asOf);

    /**
     * Applies a user's change when it names the current version; the change is written back to the
     * host where its sink supports updates, and retried until the host takes it.
     *
     * @param asOf the day the change is made on (a snooze must end after it) and the answer is computed for
     * @return the follow-up after the change; empty for an unknown id
     * @throws StaleFollowUpException when the version is not the current one
     * @throws IllegalArgumentException naming the field of a change that does not fit
     */
    Optional<TrackedFollowUp> change(FollowUpEdit edit, LocalDate asOf);
}
