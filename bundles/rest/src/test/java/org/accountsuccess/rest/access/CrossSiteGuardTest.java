package org.accountsuccess.rest.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.accountsuccess.rest.problem.Problem;
import org.junit.jupiter.api.Test;

class CrossSiteGuardTest {
    private static final String API = "http://localhost:8181/account-success/api/v1/";
    private final CrossSiteGuard guard = new CrossSiteGuard(SecurityFixtures.config("https://crm.example.com"));

    /** The guard's answer to a request: null when it passes, else the refusal. */
    private Response request(String method, Map<String, String> headers) {
        AtomicReference<Response> aborted = new AtomicReference<>();
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, m, args) -> m.getName().equals("getBaseUri") ? URI.create(API) : "imports");
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getUriInfo" -> uri;
                    case "getHeaderString" -> headers.get((String) args[0]);
                    case "abortWith" -> {
                        aborted.set((Response) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        guard.filter(request);
        return aborted.get();
    }

    @Test
    void readsPassAndWritesNeedTheHeader() {
        assertThat(request("GET", Map.of())).isNull();
        Response refused = request("POST", Map.of());
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(((Problem) refused.getEntity()).detail()).contains("X-Requested-With");
        // a script: the header, no Origin, no Referer
        assertThat(request("POST", Map.of("X-Requested-With", "curl"))).isNull();
    }

    @Test
    void aWriteFromAnotherSiteIsRefusedNamingItsOrigin() {
        Response refused = request("POST", Map.of("X-Requested-With", "x", "Origin", "http://localhost:9999"));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(((Problem) refused.getEntity()).detail()).contains("http://localhost:9999 (Origin) is not allowed",
                "http://localhost:8181", "https://crm.example.com");
        assertThat(request("DELETE", Map.of("X-Requested-With", "x", "Referer", "https://evil.example/page")).getStatus())
                .isEqualTo(403);
        assertThat(request("POST", Map.of("X-Requested-With", "x", "Origin", "not a uri")).getStatus()).isEqualTo(403);
    }

    @Test
    void theApisOwnOriginAndTheAllowedOnesMayWrite() {
        assertThat(request("POST", Map.of("X-Requested-With", "x", "Origin", "http://LOCALHOST:8181"))).isNull();
        assertThat(request("POST", Map.of("X-Requested-With", "x", "Origin", "https://crm.example.com:443"))).isNull();
        assertThat(request("PUT", Map.of("X-Requested-With", "x", "Referer",
                "http://localhost:8181/account-success/#/accounts"))).isNull();
    }

    @Test
    void aBadAllowedOriginIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new CrossSiteGuard(SecurityFixtures.config("crm.example.com")))
                .hasMessageStartingWith("allowed.origins: 'crm.example.com' is not an http(s) origin");
    }
}
