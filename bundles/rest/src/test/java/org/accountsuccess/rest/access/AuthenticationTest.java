package org.accountsuccess.rest.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.accountsuccess.rest.problem.Problem;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
    private final MutableClock clock = new MutableClock();
    private final AtomicInteger realmLogins = new AtomicInteger();
    private final Authentication filter = new Authentication((user, password) -> {
        realmLogins.incrementAndGet();
        return user.equals("u-rep1") && new String(password).equals("s3cret:x") ? Optional.of(Set.of("as-rep", "viewer"))
                : Optional.empty();
    }, SecurityFixtures.config(), clock);

    /** A clock the test moves on. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** What the filter did to one request. */
    private record Outcome(Response aborted, SecurityContext security) {
    }

    private Outcome filter(String path, String authorization) {
        AtomicReference<Response> aborted = new AtomicReference<>();
        AtomicReference<SecurityContext> security = new AtomicReference<>();
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? path : URI.create("http://h/" + path));
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUriInfo" -> uri;
                    case "getMethod" -> "GET";
                    case "getHeaderString" -> HttpHeaders.AUTHORIZATION.equals(args[0]) ? authorization : null;
                    case "getSecurityContext" -> Fixtures.anonymous();
                    case "abortWith" -> {
                        aborted.set((Response) args[0]);
                        yield null;
                    }
                    case "setSecurityContext" -> {
                        security.set((SecurityContext) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        filter.filter(request);
        return new Outcome(aborted.get(), security.get());
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRightPasswordGivesTheCallerWithTheirProductRoles() {
        Outcome outcome = filter("accounts", basic("u-rep1:s3cret:x"));
        assertThat(outcome.aborted()).isNull();
        assertThat(outcome.security().getUserPrincipal()).isEqualTo(new Caller("u-rep1", Set.of(ProductRole.REP)));
        assertThat(outcome.security().isUserInRole("rep")).isTrue();
        assertThat(outcome.security().isUserInRole("manager")).isFalse();
    }

    @Test
    void aWrongOrMissingPasswordAnswers401WithAChallengeAndAProblem() {
        for (String header : new String[] {null, basic("u-rep1:wrong"), "Basic !!!", basic("nocolon")}) {
            Response answer = filter("accounts", header).aborted();
            assertThat(answer.getStatus()).isEqualTo(401);
            assertThat(answer.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=\"account-success\"");
            assertThat(answer.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
            assertThat(((Problem) answer.getEntity()).status()).isEqualTo(401);
        }
    }

    @Test
    void twentyWrongPasswordsSlowTheNextAttemptsDownAndLeaveLogLines() {
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                statuses.add(filter("accounts", basic("u-rep1:guess-" + i)).aborted().getStatus());
                clock.advance(Duration.ofMillis(100));
            }
            // five free failures, the sixth starts a wait of 1 s: the next ones within it are refused unchecked
            assertThat(statuses.subList(0, 6)).containsOnly(401);
            assertThat(statuses.subList(6, 20)).contains(429);
            // even the right password waits, and the answer says how long
            Response throttled = filter("accounts", basic("u-rep1:s3cret:x")).aborted();
            assertThat(throttled.getStatus()).isEqualTo(429);
            assertThat(Long.parseLong(throttled.getHeaderString(HttpHeaders.RETRY_AFTER))).isPositive();
            assertThat(((Problem) throttled.getEntity()).detail()).startsWith("too many failed logins");
            // each failure doubles the wait: after the last one it is at least 2^(n - 6) s
            clock.advance(Duration.ofMinutes(10));
            assertThat(filter("accounts", basic("u-rep1:s3cret:x")).aborted()).isNull();
            // the success starts afresh: one more failure is a plain 401 again
            assertThat(filter("accounts", basic("u-rep1:wrong")).aborted().getStatus()).isEqualTo(401);
        } finally {
            System.setErr(err);
        }
        String lines = log.toString(StandardCharsets.UTF_8);
        assertThat(lines).contains("Login failed: user 'u-rep1'", "(6 in a row)", "Login throttled: user 'u-rep1'",
                "Login: user 'u-rep1'");
    }

    @Test
    void aLoginThatWorkedIsTakenAsItIsForThirtySeconds() {
        for (int i = 0; i < 10; i++) {
            assertThat(filter("accounts", basic("u-rep1:s3cret:x")).aborted()).isNull();
        }
        assertThat(realmLogins).hasValue(1);
        assertThat(filter("accounts", basic("u-rep1:other")).aborted().getStatus()).isEqualTo(401);
        assertThat(realmLogins).hasValue(2);
        clock.advance(Duration.ofSeconds(31));
        assertThat(filter("accounts", basic("u-rep1:s3cret:x")).aborted()).isNull();
        assertThat(realmLogins).hasValue(3);
    }

    @Test
    void theOpenApiDocumentIsPublic() {
        Outcome outcome = filter("openapi.json", null);
        assertThat(outcome.aborted()).isNull();
        assertThat(outcome.security()).isNull();
    }

    @Test
    void aBearerTokenGivesTheTokensUserAndRolesAndAWrongOneIsThrottled() throws Exception {
        org.h2.jdbcx.JdbcDataSource database = new org.h2.jdbcx.JdbcDataSource();
        database.setURL("jdbc:h2:mem:bearer-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        filter.tokens = new TokenService(new TokenStore(database), clock);
        var issued = filter.tokens.issue(new org.accountsuccess.api.access.TokenRequest("crm-sync", "u-rep7",
                Set.of("rep", "hr"), Duration.ofDays(1)), "alice");

        Outcome outcome = filter("accounts", "Bearer " + issued.secret());
        assertThat(outcome.aborted()).isNull();
        Caller caller = (Caller) outcome.security().getUserPrincipal();
        assertThat(caller).isEqualTo(new Caller("u-rep7", Set.of(ProductRole.REP, ProductRole.HR),
                Caller.Credential.TOKEN, issued.token().id()));
        assertThat(outcome.security().getAuthenticationScheme()).isEqualTo("Bearer");

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Response answer = filter("accounts", "Bearer ast_" + issued.token().id() + "_" + "x".repeat(43)).aborted();
            statuses.add(answer.getStatus());
            if (answer.getStatus() == 401) {
                assertThat(answer.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer ");
            }
        }
        assertThat(statuses.subList(0, 6)).containsOnly(401);
        assertThat(statuses.subList(6, 8)).containsOnly(429);
    }
}
