package org.accountsuccess.rest.access;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.databind.JsonNode;

import org.accountsuccess.api.access.IssuedToken;
import org.accountsuccess.rest.JsonBody;
import org.accountsuccess.rest.RestApplication;
import org.accountsuccess.rest.problem.BadParameterException;
import org.accountsuccess.rest.problem.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Sign-in from the CRM: {@code POST /sessions} exchanges a launch token the CRM signed for the user
 * (see {@link LaunchVerifier}) for a page session, a bearer token the page keeps in memory; each
 * launch token works once. {@code DELETE /sessions/current} ends the session the request carries.
 * The exchange needs no other credential: the launch token is the proof.
 */
@Component(service = SessionsResource.class, configurationPid = SecurityConfiguration.PID)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path(SessionsResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {
    static final String PATH = "sessions";
    private static final Set<String> FIELDS = Set.of("launchToken");

    private final TokenService tokens;
    private final TokenStore store;
    private final Clock clock;
    private volatile LaunchVerifier verifier;
    private volatile Duration sessionLength;

    /**
     * A session the page signs in with.
     *
     * @param token the bearer secret, for {@code Authorization: Bearer}
     * @param user the user id the launch token named
     * @param roles the product roles it granted
     * @param expires when the session ends (the page then needs a new launch)
     */
    public record Session(String token, String user, Set<String> roles, java.time.Instant expires) {
    }

    @Activate
    public SessionsResource(@Reference TokenService tokens, SecurityConfiguration config) {
        this(tokens, Clock.systemUTC(), config);
    }

    SessionsResource(TokenService tokens, Clock clock, SecurityConfiguration config) {
        this.tokens = tokens;
        this.store = tokens.store();
        this.clock = clock;
        configure(config);
    }

    @Modified
    void configure(SecurityConfiguration config) {
        verifier = LaunchVerifier.of(config, clock);
        sessionLength = Duration.ofMinutes(config.session_minutes());
    }

    /** Whether a request is the exchange, which {@link Authentication} lets through without credentials. */
    static boolean isLaunch(String method, String path) {
        return "POST".equalsIgnoreCase(method) && (path.equals(PATH) || path.equals(PATH + "/"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(InputStream body) throws IOException {
        JsonNode json = JsonBody.object(body, FIELDS, "launchToken");
        JsonNode token = json.get("launchToken");
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            throw new BadParameterException("launchToken", "launchToken: is required (the JWT the CRM signed)");
        }
        LaunchVerifier current = verifier;
        if (current == null) {
            return refuse(Response.Status.NOT_FOUND, "sign-in from a CRM is not configured: set launch.secret or"
                    + " launch.jwks.url in etc/" + SecurityConfiguration.PID + ".cfg");
        }
        LaunchVerifier.Launch launch;
        try {
            launch = current.verify(token.asText());
        } catch (LaunchVerifier.Refused e) {
            return refuse(Response.Status.UNAUTHORIZED, e.getMessage());
        }
        try {
            if (!store.firstUseOfLaunch(launch.issuer(), launch.jti(), launch.expires(), clock.instant())) {
                return refuse(Response.Status.UNAUTHORIZED, "the launch token was used before: each works once");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the token store cannot be written: " + e.getMessage(), e);
        }
        IssuedToken session = tokens.startSession(launch.user(), launch.roles(), sessionLength,
                "launch:" + launch.issuer());
        return Response.status(Response.Status.CREATED).entity(new Session(session.secret(), launch.user(),
                launch.roles(), session.token().expires())).build();
    }

    /** Ends the caller's session (signing out of the page); 204. */
    @DELETE
    @Path("current")
    public Response end(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        if (caller.credential() != Caller.Credential.SESSION) {
            throw new BadParameterException("Authorization", "only a page session can be ended; this request carries"
                    + " a " + caller.credential().name().toLowerCase(java.util.Locale.ROOT));
        }
        tokens.revoke(caller.tokenId(), caller.user());
        return Response.noContent().build();
    }

    private static Response refuse(Response.Status status, String why) {
        Audit.LOG.warn("Launch refused: {}", why);
        return Problem.of(status, why).response();
    }
}
