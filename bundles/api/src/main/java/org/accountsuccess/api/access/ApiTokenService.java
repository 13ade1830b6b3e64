package org.accountsuccess.api.access;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Issues, lists, revokes and checks API tokens. Tokens live in the product's database, so every
 * node of a cluster knows them; only a hash of each secret is stored.
 */
@ProviderType
public interface ApiTokenService {
    /**
     * Issues a token.
     *
     * @param issuer the admin issuing it (recorded and audited)
     * @throws IllegalArgumentException naming the field when the request is not acceptable (a bad or
     *         taken name, an unknown role, a lifetime out of range)
     */
    IssuedToken issue(TokenRequest request, String issuer);

    /** The tokens issued, newest first, revoked and expired ones included. */
    List<ApiToken> tokens();

    /**
     * Revokes a token at once (on every node within the few seconds a checked token is remembered).
     *
     * @return the revoked token, or empty when there is no token with this id
     */
    Optional<ApiToken> revoke(String id, String by);

    /** The active token a bearer secret belongs to; empty for an unknown, expired or revoked one. */
    Optional<ApiToken> authenticate(String secret);
}
