package org.accountsuccess.rest.access;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.rest.RestApplication;
import org.accountsuccess.rest.problem.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * HTTP Basic authentication against the JAAS realm {@value #REALM} (Karaf's
 * {@code etc/users.properties} by default) for every request but the OpenAPI document. A missing
 * or wrong user or password answers 401 with {@code WWW-Authenticate}; an authenticated request
 * carries the {@link Caller} as its {@link SecurityContext} principal.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(RestApplication.SELECT)
@PreMatching
public class BasicAuthentication implements ContainerRequestFilter {
    static final String REALM = "karaf";
    static final String CHALLENGE = "Basic realm=\"account-success\", charset=\"UTF-8\"";
    static final String PUBLIC_PATH = "openapi.json";

    private final Realm realm;

    @Activate
    public BasicAuthentication() {
        this(new JaasRealm(REALM));
    }

    BasicAuthentication(Realm realm) {
        this.realm = realm;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().equals(PUBLIC_PATH)) {
            return;
        }
        Optional<Caller> caller = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(this::authenticate);
        if (caller.isEmpty()) {
            request.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                    "authentication required: HTTP Basic with a user of the realm '" + REALM + "'").response())
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerContext(caller.get(), secure));
    }

    private Optional<Caller> authenticate(String[] userAndPassword) {
        return realm.login(userAndPassword[0], userAndPassword[1].toCharArray())
                .map(roles -> new Caller(userAndPassword[0], ProductRole.of(roles)));
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
            return caller.roles().stream().anyMatch(r -> r.principalName().equals(role));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    }
}
