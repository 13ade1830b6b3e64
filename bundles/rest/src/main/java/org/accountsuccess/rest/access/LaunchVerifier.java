package org.accountsuccess.rest.access;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Checks a launch token: a JWT the host CRM signs for the user who opens the page, either with the
 * shared secret ({@code launch.secret}, HMAC) or with its own keys published as a JSON Web Key Set
 * ({@code launch.jwks.url}). Verification is Nimbus JOSE+JWT's; on top of it the token must name
 * the configured issuer and audience, a subject (the user id), a {@code jti} and an expiry at most
 * {@code launch.max.seconds} after its {@code iat}, and may grant only the roles of
 * {@code launch.roles}.
 */
final class LaunchVerifier {
    private static final Set<JWSAlgorithm> HMAC = Set.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512);
    private static final Set<JWSAlgorithm> PUBLIC_KEY = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.EdDSA);
    private static final Duration SKEW = Duration.ofSeconds(60);
    /** How long fetching the CRM's key set may take to connect and to read, in milliseconds. */
    private static final int JWKS_TIMEOUT_MS = 5_000;

    /** A launch token that was accepted. */
    record Launch(String user, Set<String> roles, String issuer, String jti, Instant expires) {
    }

    /** Why a launch token was refused; the message is safe to show. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final DefaultJWTProcessor<SecurityContext> hmac;
    private final DefaultJWTProcessor<SecurityContext> publicKey;
    private final String issuer;
    private final Set<String> grantable;
    private final Duration longest;
    private final Clock clock;

    private LaunchVerifier(DefaultJWTProcessor<SecurityContext> hmac, DefaultJWTProcessor<SecurityContext> publicKey,
            String issuer, Set<String> grantable, Duration longest, Clock clock) {
        this.hmac = hmac;
        this.publicKey = publicKey;
        this.issuer = issuer;
        this.grantable = grantable;
        this.longest = longest;
        this.clock = clock;
    }

    /** The verifier the configuration asks for, or {@code null} when launch tokens are off. */
    static LaunchVerifier of(SecurityConfiguration config, Clock clock) {
        String secret = config.launch_secret().strip();
        String jwks = config.launch_jwks_url().strip();
        if (secret.isEmpty() && jwks.isEmpty()) {
            return null;
        }
        String issuer = config.launch_issuer().strip();
        if (issuer.isEmpty()) {
            throw new IllegalArgumentException("launch.issuer of " + SecurityConfiguration.PID + " is required when"
                    + " launch.secret or launch.jwks.url is set: the iss every launch token must carry");
        }
        String audience = config.launch_audience().strip();
        Set<String> grantable = Arrays.stream(config.launch_roles()).map(String::strip).filter(r -> !r.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        for (String role : grantable) {
            if (ProductRole.named(role).isEmpty()) {
                throw new IllegalArgumentException("launch.roles of " + SecurityConfiguration.PID + ": '" + role
                        + "' is not one of admin, manager, rep, hr");
            }
        }
        DefaultJWTProcessor<SecurityContext> hmac = null;
        if (!secret.isEmpty()) {
            byte[] key = secret.getBytes(StandardCharsets.UTF_8);
            if (key.length < 32) {
                throw new IllegalArgumentException("launch.secret of " + SecurityConfiguration.PID + " has "
                        + key.length + " bytes: a shared secret needs at least 32 (e.g. openssl rand -base64 48)");
            }
            hmac = processor(HMAC, new ImmutableSecret<>(key), issuer, audience);
        }
        DefaultJWTProcessor<SecurityContext> publicKey = null;
        if (!jwks.isEmpty()) {
            // Nimbus' default of 500 ms to connect and to read fails a sign-in whenever the CRM is slow
            publicKey = processor(PUBLIC_KEY, JWKSourceBuilder.create(url(jwks), new DefaultResourceRetriever(
                    JWKS_TIMEOUT_MS, JWKS_TIMEOUT_MS, JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT)).build(), issuer, audience);
        }
        return new LaunchVerifier(hmac, publicKey, issuer, grantable,
                Duration.ofSeconds(config.launch_max_seconds()), clock);
    }

    private static DefaultJWTProcessor<SecurityContext> processor(Set<JWSAlgorithm> algorithms,
            JWKSource<SecurityContext> keys, String issuer, String audience) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat", "jti")));
        return processor;
    }

    private static URL url(String jwks) {
        try {
            URI uri = URI.create(jwks);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
                throw new IllegalArgumentException("not http(s)");
            }
            return uri.toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new IllegalArgumentException("launch.jwks.url of " + SecurityConfiguration.PID + ": '" + jwks
                    + "' is not an http(s) URL", e);
        }
    }

    /** The launch a token stands for; refused with the reason when it is not acceptable. */
    Launch verify(String token) throws Refused {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token == null ? "" : token.strip());
        } catch (ParseException e) {
            throw new Refused("the launch token is not a signed JWT");
        }
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        DefaultJWTProcessor<SecurityContext> processor = HMAC.contains(algorithm) ? hmac
                : PUBLIC_KEY.contains(algorithm) ? publicKey : null;
        if (processor == null) {
            throw new Refused("the launch token is signed with " + algorithm + ", which this configuration does not"
                    + " accept (launch.secret for HS256/384/512, launch.jwks.url for RS/PS/ES/EdDSA)");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(jwt, null);
        } catch (BadJOSEException e) {
            throw new Refused("the launch token was refused: " + e.getMessage());
        } catch (JOSEException e) {
            throw new Refused("the launch token could not be checked: " + e.getMessage());
        }
        Instant now = clock.instant();
        Instant issued = claims.getIssueTime().toInstant();
        Instant expires = claims.getExpirationTime().toInstant();
        if (issued.isAfter(now.plus(SKEW))) {
            throw new Refused("the launch token was issued in the future (iat " + issued + ")");
        }
        if (Duration.between(issued, expires).compareTo(longest) > 0) {
            throw new Refused("the launch token lives " + Duration.between(issued, expires).toSeconds()
                    + " s: at most " + longest.toSeconds() + " s (launch.max.seconds)");
        }
        return new Launch(claims.getSubject(), roles(claims), issuer, claims.getJWTID(), expires);
    }

    private Set<String> roles(JWTClaimsSet claims) throws Refused {
        List<String> claimed;
        try {
            claimed = claims.getStringListClaim("roles");
        } catch (ParseException e) {
            throw new Refused("the launch token's roles claim is not a list of role names");
        }
        Set<String> roles = claimed == null ? Set.of(ProductRole.REP.apiName()) : new HashSet<>(claimed);
        for (String role : roles) {
            if (!grantable.contains(role)) {
                throw new Refused("the launch token asks for the role '" + role + "': a launch may grant only "
                        + String.join(", ", grantable.stream().sorted().toList()) + " (launch.roles)");
            }
        }
        return Set.copyOf(roles);
    }
}
