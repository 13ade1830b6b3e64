package org.accountsuccess.rest.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.accountsuccess.rest.problem.Problem;
import org.junit.jupiter.api.Test;

class BasicAuthenticationTest {
    private final BasicAuthentication filter = new BasicAuthentication((user, password) ->
            user.equals("u-rep1") && new String(password).equals("s3cret:x") ? Optional.of(Set.of("rep", "viewer"))
                    : Optional.empty());

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
        for (String header : new String[] {null, basic("u-rep1:wrong"), "Basic !!!", basic("nocolon"), "Bearer x"}) {
            Response answer = filter("accounts", header).aborted();
            assertThat(answer.getStatus()).isEqualTo(401);
            assertThat(answer.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=\"account-success\"");
            assertThat(answer.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
            assertThat(((Problem) answer.getEntity()).status()).isEqualTo(401);
        }
    }

    @Test
    void theOpenApiDocumentIsPublic() {
        Outcome outcome = filter("openapi.json", null);
        assertThat(outcome.aborted()).isNull();
        assertThat(outcome.security()).isNull();
    }
}
