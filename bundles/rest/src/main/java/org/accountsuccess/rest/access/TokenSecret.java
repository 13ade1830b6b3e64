package org.accountsuccess.rest.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form of a bearer secret: {@code ast_<id>_<key>}, where the id (16 hex digits) names the token
 * in lists and logs and the key is 32 random bytes, base64url. The store keeps the id and a
 * SHA-256 of the whole secret; a secret this random needs no slow hash.
 *
 * @param id the public part
 * @param secret the whole secret
 */
record TokenSecret(String id, String secret) {
    private static final Pattern FORM = Pattern.compile("ast_([0-9a-f]{16})_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new random secret. */
    static TokenSecret generate() {
        byte[] id = new byte[8];
        byte[] key = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(key);
        String hexId = HexFormat.of().formatHex(id);
        return new TokenSecret(hexId, "ast_" + hexId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key));
    }

    /** The secret a client sent, when it has the form of one. */
    static Optional<TokenSecret> parse(String sent) {
        var m = sent == null ? null : FORM.matcher(sent.strip());
        return m != null && m.matches() ? Optional.of(new TokenSecret(m.group(1), sent.strip())) : Optional.empty();
    }

    /** What the store keeps: hex SHA-256 of the secret. */
    String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether {@code storedHash} is this secret's hash, in time independent of where they differ. */
    boolean matches(String storedHash) {
        return MessageDigest.isEqual(hash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "ast_" + id + "_…"; // never the key
    }
}
