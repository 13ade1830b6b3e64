package org.accountsuccess.api.access;

import java.time.Duration;
import java.util.Set;

/**
 * What an admin asks for when issuing a token.
 *
 * @param name a label, unique among the tokens not revoked: letters, digits, {@code . _ -}, at most 64
 * @param user the user id the token acts as
 * @param roles the product role names it grants (at least one)
 * @param lifetime how long it stays valid, from one hour to two years
 */
public record TokenRequest(String name, String user, Set<String> roles, Duration lifetime) {
    public TokenRequest {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
