package org.accountsuccess.rest.access;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.accountsuccess.api.access.ApiToken;
import org.accountsuccess.api.access.ApiTokenService;
import org.accountsuccess.api.access.IssuedToken;
import org.accountsuccess.api.access.TokenRequest;
import org.accountsuccess.rest.access.TokenStore.Kind;
import org.accountsuccess.rest.access.TokenStore.Stored;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * API tokens and page sessions over the {@link TokenStore} in the product's database (the
 * DataSource {@code (dataSourceName=accountsuccess)}; {@code store.target} picks another). A
 * checked token is remembered for {@value #REMEMBER_SECONDS} s, so a revocation on another node
 * takes effect within that time; on this node at once.
 */
@Component(service = {ApiTokenService.class, TokenService.class})
public class TokenService implements ApiTokenService {
    static final long REMEMBER_SECONDS = 10;
    static final Duration SHORTEST = Duration.ofHours(1);
    static final Duration LONGEST = Duration.ofDays(730);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final TokenStore store;
    private final Clock clock;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    /** A row read from the store, and when. */
    private record Checked(Stored row, Instant at) {
    }

    @Activate
    public TokenService(@Reference(name = "store", target = "(dataSourceName=accountsuccess)") DataSource database)
            throws SQLException {
        this(new TokenStore(database), Clock.systemUTC());
    }

    TokenService(TokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(TokenRequest request, String issuer) {
        String name = request.name() == null ? "" : request.name().strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name: '" + request.name() + "' is not 1 to 64 letters, digits, '.', '_'"
                    + " or '-'");
        }
        Instant now = now();
        if (tokens().stream().anyMatch(t -> t.name().equals(name) && t.activeAt(now))) {
            throw new IllegalArgumentException("name: a token called '" + name + "' is active already; revoke it"
                    + " first or pick another name");
        }
        Duration lifetime = request.lifetime();
        if (lifetime == null || lifetime.compareTo(SHORTEST) < 0 || lifetime.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("expiresInDays: a token lives from 1 hour to 730 days, not " + lifetime);
        }
        return issue(Kind.API, name, user(request.user()), roles(request.roles()), issuer, lifetime);
    }

    /** A page session for a user a launch token named. */
    IssuedToken startSession(String user, Set<String> roles, Duration lifetime, String issuer) {
        try {
            store.dropExpiredSessions(now());
        } catch (SQLException e) {
            throw new IllegalStateException("the token store cannot be written: " + e.getMessage(), e);
        }
        return issue(Kind.SESSION, "session", user(user), roles(roles), issuer, lifetime);
    }

    private IssuedToken issue(Kind kind, String name, String user, Set<String> roles, String issuer, Duration lifetime) {
        TokenSecret secret = TokenSecret.generate();
        Instant now = now();
        ApiToken token = new ApiToken(secret.id(), name, user, roles, issuer, now, now.plus(lifetime), null, null);
        try {
            store.insert(new Stored(token, kind, secret.hash()));
        } catch (SQLException e) {
            throw new IllegalStateException("the token store cannot be written: " + e.getMessage(), e);
        }
        Audit.LOG.info("Token issued: {} '{}' ({}) for user '{}' with roles {} until {}, by '{}'", kind.column(), name,
                secret.id(), user, roles, token.expires(), issuer);
        return new IssuedToken(token, secret.secret());
    }

    TokenStore store() {
        return store;
    }

    @Override
    public List<ApiToken> tokens() {
        try {
            return store.list(Kind.API).stream().map(Stored::token).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("the token store cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ApiToken> revoke(String id, String by) {
        try {
            Optional<Stored> row = store.find(id);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            if (store.revoke(id, now())) {
                Audit.LOG.info("Token revoked: {} '{}' ({}) by '{}'", row.get().kind().column(), row.get().token().name(),
                        id, by);
            }
            checked.remove(id);
            return store.find(id).map(Stored::token);
        } catch (SQLException e) {
            throw new IllegalStateException("the token store cannot be written: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ApiToken> authenticate(String secret) {
        return authenticated(secret).map(Stored::token);
    }

    /** The active row a bearer secret belongs to, with its kind. */
    Optional<Stored> authenticated(String sent) {
        Optional<TokenSecret> secret = TokenSecret.parse(sent);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        Instant now = now();
        Optional<Stored> row = row(secret.get().id(), now);
        if (row.isEmpty() || !secret.get().matches(row.get().secretHash()) || !row.get().token().activeAt(now)) {
            return Optional.empty();
        }
        noteUse(row.get(), now);
        return row;
    }

    private Optional<Stored> row(String id, Instant now) {
        Checked known = checked.get(id);
        if (known != null && known.at().plusSeconds(REMEMBER_SECONDS).isAfter(now)) {
            return Optional.of(known.row());
        }
        try {
            Optional<Stored> row = store.find(id);
            if (checked.size() > 10_000) {
                checked.clear();
            }
            row.ifPresent(r -> checked.put(id, new Checked(r, now)));
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException("the token store cannot be read: " + e.getMessage(), e);
        }
    }

    /** Records the last use to the minute: one write per token and minute at most. */
    private void noteUse(Stored row, Instant now) {
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        Instant last = row.token().lastUsed();
        if (last != null && !last.isBefore(minute)) {
            return;
        }
        try {
            store.touch(row.token().id(), minute);
            ApiToken t = row.token();
            checked.put(t.id(), new Checked(new Stored(new ApiToken(t.id(), t.name(), t.user(), t.roles(), t.createdBy(),
                    t.created(), t.expires(), t.revoked(), minute), row.kind(), row.secretHash()), now));
        } catch (SQLException e) {
            // the last use is a courtesy: a read-only moment of the database must not refuse the request
        }
    }

    private static String user(String user) {
        String u = user == null ? "" : user.strip();
        if (u.isEmpty() || u.length() > 255 || u.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("user: '" + user + "' is not a user id (1 to 255 characters, no control"
                    + " characters)");
        }
        return u;
    }

    private static Set<String> roles(Set<String> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("roles: a token needs at least one of admin, manager, rep, hr");
        }
        for (String role : roles) {
            if (ProductRole.named(role).isEmpty()) {
                throw new IllegalArgumentException("roles: '" + role + "' is not one of admin, manager, rep, hr");
            }
        }
        return Set.copyOf(roles);
    }

    private Instant now() {
        return clock.instant();
    }
}
