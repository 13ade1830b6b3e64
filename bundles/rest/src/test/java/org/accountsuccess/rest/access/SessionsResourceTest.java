package org.accountsuccess.rest.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.ws.rs.core.Response;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import org.accountsuccess.rest.problem.BadParameterException;
import org.accountsuccess.rest.problem.Problem;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SessionsResourceTest {
    static final String SECRET = "a-shared-secret-of-at-least-32-bytes!";
    static final String ISSUER = "https://crm.example.com";

    private final TokenService tokens;

    SessionsResourceTest() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:sessions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        tokens = new TokenService(new TokenStore(database), Clock.systemUTC());
    }

    private SessionsResource resource(Map<String, Object> config) {
        return new SessionsResource(tokens, Clock.systemUTC(), SecurityFixtures.config(config));
    }

    private SessionsResource hmacResource() {
        return resource(Map.of("launch_secret", SECRET, "launch_issuer", ISSUER));
    }

    /** Claims as a CRM signs them for u-rep1: issued now, for two minutes, with a fresh jti. */
    static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience("account-success").subject("u-rep1")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(120)))
                .jwtID(UUID.randomUUID().toString());
    }

    static String signed(JWTClaimsSet claims, JWSSigner signer, JWSAlgorithm algorithm, String keyId) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    static String hmac(JWTClaimsSet claims) throws Exception {
        return signed(claims, new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)), JWSAlgorithm.HS256, null);
    }

    private static Response exchange(SessionsResource resource, String launchToken) throws Exception {
        String body = "{\"launchToken\":\"" + launchToken + "\"}";
        return resource.start(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String refusal(Response answer) {
        assertThat(answer.getStatus()).isIn(401, 404);
        return ((Problem) answer.getEntity()).detail();
    }

    @Test
    void aLaunchTokenSignedWithTheSharedSecretGivesASessionOnce() throws Exception {
        SessionsResource resource = hmacResource();
        String launch = hmac(claims().build());
        Response answer = exchange(resource, launch);
        assertThat(answer.getStatus()).isEqualTo(201);
        SessionsResource.Session session = (SessionsResource.Session) answer.getEntity();
        assertThat(session.user()).isEqualTo("u-rep1");
        assertThat(session.roles()).containsExactly("rep"); // no roles claim: rep
        assertThat(Duration.between(Instant.now(), session.expires())).isBetween(Duration.ofMinutes(59),
                Duration.ofMinutes(60));
        var row = tokens.authenticated(session.token()).orElseThrow();
        assertThat(row.kind()).isEqualTo(TokenStore.Kind.SESSION);
        assertThat(row.token().createdBy()).isEqualTo("launch:" + ISSUER);

        assertThat(refusal(exchange(resource, launch))).isEqualTo("the launch token was used before: each works once");
    }

    @Test
    void aLaunchTokenThatIsNotRightIsRefusedWithTheReason() throws Exception {
        SessionsResource resource = hmacResource();
        Instant now = Instant.now();
        assertThat(refusal(exchange(resource, signed(claims().build(),
                new MACSigner("another-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8)),
                JWSAlgorithm.HS256, null)))).contains("Invalid signature");
        assertThat(refusal(exchange(resource, hmac(claims().issuer("https://evil.example").build()))))
                .contains("iss");
        assertThat(refusal(exchange(resource, hmac(claims().audience("someone-else").build())))).contains("aud");
        assertThat(refusal(exchange(resource, hmac(claims().expirationTime(Date.from(now.minusSeconds(120)))
                .issueTime(Date.from(now.minusSeconds(300))).build())))).contains("Expired");
        assertThat(refusal(exchange(resource, hmac(claims().issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600))).build()))))
                .isEqualTo("the launch token lives 3600 s: at most 300 s (launch.max.seconds)");
        assertThat(refusal(exchange(resource, hmac(claims().jwtID(null).build())))).contains("jti");
        assertThat(refusal(exchange(resource, hmac(claims().claim("roles", List.of("admin")).build()))))
                .isEqualTo("the launch token asks for the role 'admin': a launch may grant only manager, rep"
                        + " (launch.roles)");
        assertThat(refusal(exchange(resource, "not.a.jwt"))).isEqualTo("the launch token is not a signed JWT");
        // an unsigned token ("alg":"none") is not a signed JWT
        String unsigned = new com.nimbusds.jwt.PlainJWT(claims().build()).serialize();
        assertThat(refusal(exchange(resource, unsigned))).isEqualTo("the launch token is not a signed JWT");
        assertThatThrownBy(() -> resource.start(new ByteArrayInputStream("{\"token\":1}".getBytes())))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("token: unknown field");
        assertThat(tokens.tokens()).isEmpty();
    }

    @Test
    void aManagerLaunchIsGrantedWhenAllowed() throws Exception {
        Response answer = exchange(hmacResource(), hmac(claims().claim("roles", List.of("manager")).build()));
        assertThat(((SessionsResource.Session) answer.getEntity()).roles()).containsExactly("manager");
    }

    @Test
    void aLaunchTokenSignedWithTheCrmsOwnKeyIsCheckedAgainstItsKeySet() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("crm-2026").generate();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
        try {
            SessionsResource resource = resource(Map.of("launch_jwks_url", "http://127.0.0.1:"
                    + server.getAddress().getPort() + "/jwks.json", "launch_issuer", ISSUER));
            Response answer = exchange(resource, signed(claims().build(), new RSASSASigner(key), JWSAlgorithm.RS256,
                    "crm-2026"));
            assertThat(answer.getStatus()).isEqualTo(201);
            // a token signed with the shared-secret algorithm is not accepted where only keys are configured
            assertThat(refusal(exchange(resource, hmac(claims().build())))).contains("HS256");
            RSAKey stranger = new RSAKeyGenerator(2048).keyID("crm-2026").generate();
            assertThat(refusal(exchange(resource, signed(claims().build(), new RSASSASigner(stranger),
                    JWSAlgorithm.RS256, "crm-2026")))).contains("Invalid signature");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void withoutConfigurationThereIsNoLaunchAndABadConfigurationIsRefusedNamingTheEntry() throws Exception {
        assertThat(exchange(resource(Map.of()), hmac(claims().build())).getStatus()).isEqualTo(404);
        assertThatThrownBy(() -> resource(Map.of("launch_secret", "short", "launch_issuer", ISSUER)))
                .hasMessageContaining("launch.secret").hasMessageContaining("at least 32");
        assertThatThrownBy(() -> resource(Map.of("launch_secret", SECRET)))
                .hasMessageContaining("launch.issuer");
        assertThatThrownBy(() -> resource(Map.of("launch_secret", SECRET, "launch_issuer", ISSUER,
                "launch_roles", new String[] {"boss"}))).hasMessageContaining("launch.roles").hasMessageContaining("boss");
        assertThatThrownBy(() -> resource(Map.of("launch_jwks_url", "file:///etc/passwd", "launch_issuer", ISSUER)))
                .hasMessageContaining("launch.jwks.url");
    }
}
