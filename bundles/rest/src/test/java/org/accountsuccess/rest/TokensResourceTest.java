package org.accountsuccess.rest;

import static org.accountsuccess.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import javax.ws.rs.core.Response;

import org.accountsuccess.api.access.IssuedToken;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.access.TokenService;
import org.accountsuccess.rest.problem.AccessDeniedException;
import org.accountsuccess.rest.problem.BadParameterException;
import org.accountsuccess.rest.problem.UnknownResourceException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class TokensResourceTest {
    private final TokenService tokens;
    private final TokensResource resource;

    TokensResourceTest() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:tokens-rest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        tokens = new TokenService(database);
        resource = new TokensResource(tokens);
    }

    private Response issue(String body) throws Exception {
        return resource.issue(as("alice", ProductRole.ADMIN),
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAdminIssuesListsAndRevokesAToken() throws Exception {
        Response answer = issue("{\"name\":\"crm-sync\",\"user\":\"u-rep1\",\"roles\":[\"rep\"],\"expiresInDays\":30}");
        assertThat(answer.getStatus()).isEqualTo(201);
        IssuedToken issued = (IssuedToken) answer.getEntity();
        assertThat(issued.token().user()).isEqualTo("u-rep1");
        assertThat(Duration.between(Instant.now(), issued.token().expires())).isBetween(Duration.ofDays(29),
                Duration.ofDays(30));
        // without user and expiresInDays: the name is the user, 90 days
        IssuedToken defaults = (IssuedToken) issue("{\"name\":\"etl\",\"roles\":[\"manager\"]}").getEntity();
        assertThat(defaults.token().user()).isEqualTo("etl");
        assertThat(Duration.between(Instant.now(), defaults.token().expires())).isBetween(Duration.ofDays(89),
                Duration.ofDays(90));

        assertThat(resource.tokens(as("alice", ProductRole.ADMIN), null, null).total()).isEqualTo(2);
        assertThat(org.accountsuccess.rest.json.RecordJsonWriter.write(resource.tokens(as("alice", ProductRole.ADMIN), null, null)))
                .doesNotContain(issued.secret());
        assertThat(resource.revoke(as("alice", ProductRole.ADMIN), issued.token().id()).revoked()).isNotNull();
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThatThrownBy(() -> resource.revoke(as("alice", ProductRole.ADMIN), "0123456789abcdef"))
                .isInstanceOf(UnknownResourceException.class);
    }

    @Test
    void aBadBodyIsRefusedNamingTheFieldAndIssuesNothing() {
        String[][] cases = {
            {"not json", "body"},
            {"[1]", "body"},
            {"{\"roles\":[\"rep\"]}", "name"},
            {"{\"name\":\"x\"}", "roles"},
            {"{\"name\":\"x\",\"roles\":[]}", "roles"},
            {"{\"name\":\"x\",\"roles\":[7]}", "roles"},
            {"{\"name\":\"x\",\"roles\":[\"boss\"]}", "roles"},
            {"{\"name\":\"x y\",\"roles\":[\"rep\"]}", "name"},
            {"{\"name\":\"x\",\"roles\":[\"rep\"],\"expiresInDays\":0}", "expiresInDays"},
            {"{\"name\":\"x\",\"roles\":[\"rep\"],\"expiresInDays\":1.5}", "expiresInDays"},
            {"{\"name\":\"x\",\"roles\":[\"rep\"],\"expiresInDays\":731}", "expiresInDays"},
            {"{\"name\":\"x\",\"roles\":[\"rep\"],\"scope\":\"all\"}", "scope"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> issue(c[0])).as(c[0]).isInstanceOfSatisfying(BadParameterException.class,
                    e -> assertThat(e.parameter()).isEqualTo(c[1]));
        }
        assertThat(tokens.tokens()).isEmpty();
    }

    @Test
    void onlyAnAdminWithAPasswordManagesTokens() {
        assertThatThrownBy(() -> resource.tokens(as("mia", ProductRole.MANAGER), null, null))
                .isInstanceOf(AccessDeniedException.class);
        var bearer = new org.accountsuccess.rest.access.Authentication.CallerContext(
                new org.accountsuccess.rest.access.Caller("bot", Set.of(ProductRole.ADMIN),
                        org.accountsuccess.rest.access.Caller.Credential.TOKEN, "0123456789abcdef"), false);
        assertThatThrownBy(() -> resource.tokens(bearer, null, null)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("password login");
    }
}
