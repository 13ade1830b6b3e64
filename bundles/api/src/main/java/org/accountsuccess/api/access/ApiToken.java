package org.accountsuccess.api.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An API token as it is listed: everything but its secret, which is stored only as a hash.
 *
 * @param id the public part of the token, which names it in lists and in the audit log
 * @param name what the admin called it ("crm-sync"), unique among the tokens not revoked
 * @param user the user id requests with the token act as (the owner id a rep's accounts carry)
 * @param roles the product role names it grants: {@code admin}, {@code manager}, {@code rep}, {@code hr}
 * @param createdBy the user who issued it
 * @param created when it was issued
 * @param expires after this instant it is refused
 * @param revoked when it was revoked, or {@code null}
 * @param lastUsed when a request last carried it (to the minute), or {@code null}
 */
public record ApiToken(String id, String name, String user, Set<String> roles, String createdBy, Instant created,
        Instant expires, Instant revoked, Instant lastUsed) {
    public ApiToken {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    /** Whether a request carrying it at {@code now} is let in. */
    public boolean activeAt(Instant now) {
        return revoked == null && now.isBefore(expires);
    }
}
