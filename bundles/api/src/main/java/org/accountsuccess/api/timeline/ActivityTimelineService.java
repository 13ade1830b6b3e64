package org.accountsuccess.api.timeline;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** What happened when at an account: tickets, reviews, calls, responses, contract events. */
@ProviderType
public interface ActivityTimelineService {

    /** A page of the account's timeline; empty for an unknown account. */
    Optional<ActivityTimeline> timeline(String accountId, TimelineQuery query);
}
