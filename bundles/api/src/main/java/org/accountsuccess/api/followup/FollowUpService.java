package org.accountsuccess.api.followup;

import java.util.List;

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
}
