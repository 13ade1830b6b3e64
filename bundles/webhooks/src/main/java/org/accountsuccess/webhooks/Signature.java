package org.accountsuccess.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The value of {@code X-AccountSuccess-Signature}: {@code sha256=} and the lower-case hex HMAC-SHA256,
 * keyed with the endpoint's secret, of {@code <timestamp>.<body>} (the timestamp is the
 * {@code X-AccountSuccess-Timestamp} header, Unix seconds; the body the exact bytes sent).
 */
final class Signature {
    private Signature() {
    }

    static String of(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
