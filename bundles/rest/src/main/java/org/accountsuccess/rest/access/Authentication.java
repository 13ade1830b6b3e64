package org.accountsuccess.rest.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.rest.RestApplication;
import org.accountsuccess.rest.problem.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Who sends a request, for every request but the OpenAPI document and the exchange of a launch
 * token ({@code POST /sessions}): either HTTP Basic against the JAAS realm {@value #REALM}
 * (Karaf's {@code etc/users.properties} by default), whose roles grant product roles through the
 * {@link RoleMapping}, or {@code Authorization: Bearer} with an API token or a page session of the
 * {@link TokenService}. A missing or wrong credential answers 401 with {@code WWW-Authenticate};
 * failures are throttled per user and per client address. An authenticated request carries the
 * {@link Caller} as its {@link SecurityContext} principal.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = SecurityConfiguration.PID)
@JaxrsExtension
@JaxrsApplicationSelect(RestApplication.SELECT)
@PreMatching
public class Authentication implements ContainerRequestFilter {
    static final String REALM = "karaf";
    static final String CHALLENGE = "Basic realm=\"account-success\", charset=\"UTF-8\"";
    static final String BEARER_CHALLENGE = "Bearer realm=\"account-success\", error=\"invalid_token\"";
    static final String PUBLIC_PATH = "openapi.json";
    /** What the throttle counts bearer failures under, per client address. */
    private static final String BEARER_USER = "(bearer token)";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile TokenService tokens;

    private final Realm realm;
    private final Clock clock;
    private volatile LoginThrottle throttle;
    private volatile RoleMapping roles;
    private final Map<String, Instant> recentLogins = new ConcurrentHashMap<>();
    private final Map<String, VerifiedLogin> verifiedLogins = new ConcurrentHashMap<>();

    private static final long VERIFIED_SECONDS = 30;

    /** A login the realm accepted, taken as it is until {@code until}. */
    private record VerifiedLogin(Caller caller, Instant until) {
    }

    /** The request being filtered, for the client's address (CXF injects a proxy to the current one). */
    @Context
    HttpServletRequest servletRequest;

    @Activate
    public Authentication(SecurityConfiguration config) {
        this(new JaasRealm(REALM), config, Clock.systemUTC());
    }

    Authentication(Realm realm, SecurityConfiguration config, Clock clock) {
        this.realm = realm;
        this.clock = clock;
        configure(config);
    }

    @Modified
    void configure(SecurityConfiguration config) {
        throttle = new LoginThrottle(config.login_free_failures(), Duration.ofSeconds(config.login_delay_seconds()),
                Duration.ofSeconds(config.login_delay_max_seconds()), clock);
        roles = RoleMapping.of(config);
        roles.sharedWithKaraf().forEach(role -> Audit.LOG.warn("role.{} = {}: every user of Karaf's admingroup is a"
                + " product {} (choose a role of its own in etc/{}.cfg)", role.apiName(), roles.jaasName(role),
                role.apiName(), SecurityConfiguration.PID));
        verifiedLogins.clear();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.equals(PUBLIC_PATH) || SessionsResource.isLaunch(request.getMethod(), path)) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String address = clientAddress();
        Optional<String> bearer = bearer(authorization);
        if (bearer.isPresent()) {
            if (!throttled(request, BEARER_USER, address)) {
                bearerLogin(request, bearer.get(), address);
            }
            return;
        }
        Optional<String[]> credentials = credentials(authorization);
        if (credentials.isPresent() && throttled(request, credentials.get()[0], address)) {
            return;
        }
        Optional<Caller> caller = credentials.flatMap(c -> authenticate(c, address));
        if (caller.isEmpty()) {
            request.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                    "authentication required: HTTP Basic with a user of the realm '" + REALM + "'").response())
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerContext(caller.get(), secure));
    }

    /** Aborts with 429 while the user or address must wait after failed logins. */
    private boolean throttled(ContainerRequestContext request, String user, String address) {
        Optional<Duration> wait = throttle.wait(user, address);
        if (wait.isEmpty()) {
            return false;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        Audit.LOG.warn("Login throttled: user '{}' from {} must wait {} s", user, address, seconds);
        request.abortWith(Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS,
                "too many failed logins for this user or from this address: try again in " + seconds + " s")
                .response()).header(HttpHeaders.RETRY_AFTER, seconds).build());
        return true;
    }

    private void bearerLogin(ContainerRequestContext request, String secret, String address) {
        TokenService service = tokens;
        Optional<TokenStore.Stored> row = service == null ? Optional.empty() : service.authenticated(secret);
        if (row.isEmpty()) {
            int failures = throttle.failed(BEARER_USER, address);
            Audit.LOG.warn("Token refused: {} from {} ({} in a row)", TokenSecret.parse(secret).map(Object::toString)
                    .orElse("a malformed token"), address, failures);
            request.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, service == null
                    ? "bearer tokens need the product's database, which is not available: use HTTP Basic"
                    : "the bearer token is unknown, expired or revoked").response())
                    .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE).build());
            return;
        }
        var token = row.get().token();
        Set<ProductRole> granted = EnumSet.noneOf(ProductRole.class);
        token.roles().forEach(name -> ProductRole.named(name).ifPresent(granted::add));
        Caller.Credential credential = row.get().kind() == TokenStore.Kind.SESSION ? Caller.Credential.SESSION
                : Caller.Credential.TOKEN;
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerContext(new Caller(token.user(), granted, credential, token.id()), secure));
    }

    /** The secret of a Bearer authorization header. */
    static Optional<String> bearer(String header) {
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && header.length() > 7
                ? Optional.of(header.substring(7).strip()) : Optional.empty();
    }

    private Optional<Caller> authenticate(String[] userAndPassword, String address) {
        String user = userAndPassword[0];
        String key = credentialKey(userAndPassword);
        Instant now = clock.instant();
        VerifiedLogin verified = verifiedLogins.get(key);
        if (verified != null && verified.until().isAfter(now)) {
            return Optional.of(verified.caller());
        }
        Optional<Caller> caller = realm.login(user, userAndPassword[1].toCharArray())
                .map(jaasRoles -> new Caller(user, roles.rolesOf(jaasRoles)));
        caller.ifPresent(c -> remember(key, c, now));
        if (caller.isEmpty()) {
            int failures = throttle.failed(user, address);
            Audit.LOG.warn("Login failed: user '{}' from {} ({} in a row)", user, address, failures);
        } else if (throttle.succeeded(user, address) || firstLoginInAWhile(user, address)) {
            Audit.LOG.info("Login: user '{}' from {}", user, address);
        }
        return caller;
    }

    /**
     * A Basic login comes with every request, and the realm reads its file and hashes the password
     * each time: a login that worked is taken as it is for {@value #VERIFIED_SECONDS} s (a removed
     * user or a changed password takes effect within that time), keyed by a hash of user and password.
     */
    private void remember(String key, Caller caller, Instant now) {
        if (verifiedLogins.size() > 10_000) {
            verifiedLogins.clear();
        }
        verifiedLogins.put(key, new VerifiedLogin(caller, now.plusSeconds(VERIFIED_SECONDS)));
    }

    private static String credentialKey(String[] userAndPassword) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(userAndPassword[0].getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(userAndPassword[1].getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Basic logins come with every request: a success is logged once per user, address and hour. */
    private boolean firstLoginInAWhile(String user, String address) {
        Instant now = clock.instant();
        Instant last = recentLogins.put(user + "@" + address, now);
        if (recentLogins.size() > 10_000) {
            recentLogins.clear();
        }
        return last == null || last.isBefore(now.minus(Duration.ofHours(1)));
    }

    private String clientAddress() {
        try {
            HttpServletRequest current = servletRequest;
            return current == null ? "unknown" : current.getRemoteAddr();
        } catch (RuntimeException e) {
            return "unknown"; // outside a request (tests)
        }
    }

    /** User and password of a Basic authorization header; empty when there is none or it is malformed. */
    static Optional<String[]> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? Optional.empty()
                    : Optional.of(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The security context of an authenticated request. */
    public record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.roles().stream().anyMatch(r -> r.apiName().equals(role));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return caller.credential() == Caller.Credential.PASSWORD ? SecurityContext.BASIC_AUTH : "Bearer";
        }
    }
}
