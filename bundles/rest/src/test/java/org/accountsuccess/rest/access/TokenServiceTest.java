package org.accountsuccess.rest.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.accountsuccess.api.access.ApiToken;
import org.accountsuccess.api.access.IssuedToken;
import org.accountsuccess.api.access.TokenRequest;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class TokenServiceTest {
    private final JdbcDataSource database = new JdbcDataSource();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:30Z"));
    private final TokenService tokens;

    TokenServiceTest() throws Exception {
        database.setURL("jdbc:h2:mem:tokens-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        tokens = new TokenService(new TokenStore(database), clock());
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
    }

    private IssuedToken issue(String name, Set<String> roles, Duration lifetime) {
        return tokens.issue(new TokenRequest(name, "u-rep1", roles, lifetime), "alice");
    }

    @Test
    void anIssuedTokenAuthenticatesUntilItExpiresAndOnlyItsHashIsStored() throws Exception {
        IssuedToken issued = issue("crm-sync", Set.of("rep"), Duration.ofDays(30));
        assertThat(issued.secret()).matches("ast_[0-9a-f]{16}_[A-Za-z0-9_-]{43}").startsWith("ast_" + issued.token().id());
        ApiToken token = tokens.authenticate(issued.secret()).orElseThrow();
        assertThat(token.user()).isEqualTo("u-rep1");
        assertThat(token.roles()).containsExactly("rep");
        assertThat(token.createdBy()).isEqualTo("alice");
        assertThat(token.expires()).isEqualTo(Instant.parse("2026-12-31T10:00:30Z"));
        // last use is kept to the minute
        assertThat(tokens.tokens().get(0).lastUsed()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));

        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT secret_hash FROM access_token")) {
            rs.next();
            assertThat(rs.getString(1)).hasSize(64).doesNotContain(issued.secret().substring(21));
            assertThat(rs.getString(1)).isEqualTo(TokenSecret.parse(issued.secret()).orElseThrow().hash());
        }

        now.set(Instant.parse("2026-12-31T10:00:29Z"));
        assertThat(tokens.authenticate(issued.secret())).isPresent();
        now.set(Instant.parse("2026-12-31T10:00:30Z"));
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void aWrongSecretWithARightIdOrAMalformedOneIsRefused() {
        IssuedToken issued = issue("crm-sync", Set.of("rep"), Duration.ofDays(30));
        String id = issued.token().id();
        assertThat(tokens.authenticate("ast_" + id + "_" + "A".repeat(43))).isEmpty();
        assertThat(tokens.authenticate(issued.secret() + "x")).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(tokens.authenticate(issued.secret())).isPresent();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceOnThisNodeAndWithinSecondsOnAnother() throws Exception {
        IssuedToken issued = issue("crm-sync", Set.of("rep"), Duration.ofDays(30));
        TokenService otherNode = new TokenService(new TokenStore(database), clock());
        assertThat(otherNode.authenticate(issued.secret())).isPresent();

        ApiToken revoked = tokens.revoke(issued.token().id(), "alice").orElseThrow();
        assertThat(revoked.revoked()).isEqualTo(now.get());
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        // the other node remembers its check for REMEMBER_SECONDS, then reads the revocation
        assertThat(otherNode.authenticate(issued.secret())).isPresent();
        now.set(now.get().plusSeconds(TokenService.REMEMBER_SECONDS));
        assertThat(otherNode.authenticate(issued.secret())).isEmpty();

        assertThat(tokens.revoke("0000000000000000", "alice")).isEmpty();
        // the name is free again once the token is revoked
        assertThat(issue("crm-sync", Set.of("manager"), Duration.ofHours(1)).token().roles()).containsExactly("manager");
        assertThat(tokens.tokens()).hasSize(2);
    }

    @Test
    void aBadRequestIsRefusedNamingTheFieldAndStoresNothing() {
        assertThatThrownBy(() -> issue("crm sync", Set.of("rep"), Duration.ofDays(1))).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> issue("x".repeat(65), Set.of("rep"), Duration.ofDays(1))).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> issue("ok", Set.of(), Duration.ofDays(1))).hasMessageStartingWith("roles:");
        assertThatThrownBy(() -> issue("ok", Set.of("as-admin"), Duration.ofDays(1)))
                .hasMessageStartingWith("roles: 'as-admin'");
        assertThatThrownBy(() -> issue("ok", Set.of("rep"), Duration.ofMinutes(59)))
                .hasMessageStartingWith("expiresInDays:");
        assertThatThrownBy(() -> issue("ok", Set.of("rep"), Duration.ofDays(731)))
                .hasMessageStartingWith("expiresInDays:");
        assertThatThrownBy(() -> tokens.issue(new TokenRequest("ok", "u\n1", Set.of("rep"), Duration.ofDays(1)), "a"))
                .hasMessageStartingWith("user:");
        issue("taken", Set.of("rep"), Duration.ofDays(1));
        assertThatThrownBy(() -> issue("taken", Set.of("hr"), Duration.ofDays(1)))
                .hasMessageStartingWith("name: a token called 'taken' is active already");
        assertThat(tokens.tokens()).extracting(ApiToken::name).containsExactly("taken");
    }

    @Test
    void sessionsAreNotListedAndEndWhenRevoked() {
        IssuedToken session = tokens.startSession("u-rep2", Set.of("rep"), Duration.ofMinutes(60), "launch:crm");
        assertThat(tokens.tokens()).isEmpty();
        assertThat(tokens.authenticated(session.secret()).orElseThrow().kind()).isEqualTo(TokenStore.Kind.SESSION);
        tokens.revoke(session.token().id(), "u-rep2");
        assertThat(tokens.authenticate(session.secret())).isEmpty();
    }
}
