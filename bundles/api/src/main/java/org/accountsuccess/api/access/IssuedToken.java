package org.accountsuccess.api.access;

/**
 * A token just issued: its listing and the secret, which is shown this once and never again.
 *
 * @param token the token as it is listed
 * @param secret what a client sends as {@code Authorization: Bearer <secret>}
 */
public record IssuedToken(ApiToken token, String secret) {
}
