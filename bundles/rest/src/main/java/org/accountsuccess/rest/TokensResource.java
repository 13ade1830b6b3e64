package org.accountsuccess.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.databind.JsonNode;

import org.accountsuccess.api.access.ApiToken;
import org.accountsuccess.api.access.ApiTokenService;
import org.accountsuccess.api.access.IssuedToken;
import org.accountsuccess.api.access.TokenRequest;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.problem.BadParameterException;
import org.accountsuccess.rest.problem.UnknownResourceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * API tokens, for admins who logged in with a password (a token cannot mint or revoke tokens):
 * issue one ({@code POST}, the secret is in that answer only), list them, revoke one.
 */
@Component(service = TokensResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {
    static final int DEFAULT_DAYS = 90;
    private static final Set<String> FIELDS = Set.of("name", "user", "roles", "expiresInDays");

    private final ApiTokenService tokens;

    @Activate
    public TokensResource(@Reference ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GET
    public Page<ApiToken> tokens(@Context SecurityContext security, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        admin(security);
        return Paging.of(offset, limit).page(tokens.tokens());
    }

    /** Issues a token: 201 with the token and its secret, which no later call shows again. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@Context SecurityContext security, InputStream body) throws IOException {
        Caller admin = admin(security);
        JsonNode json = JsonBody.object(body, FIELDS, "name, roles, and optionally user and expiresInDays");
        String name = text(json, "name", null);
        TokenRequest request = new TokenRequest(name, text(json, "user", name), roles(json),
                Duration.ofDays(days(json)));
        try {
            IssuedToken issued = tokens.issue(request, admin.user());
            return Response.status(Response.Status.CREATED).entity(issued).build();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new BadParameterException(message.substring(0, Math.max(0, message.indexOf(':'))), message);
        }
    }

    /** Revokes a token at once; answers it as it is now. */
    @DELETE
    @Path("{id}")
    public ApiToken revoke(@Context SecurityContext security, @PathParam("id") String id) {
        Caller admin = admin(security);
        return tokens.revoke(id, admin.user()).orElseThrow(() -> new UnknownResourceException("no token '" + id + "'"));
    }

    private static Caller admin(SecurityContext security) {
        return Caller.of(security).require(ProductRole.ADMIN).requirePassword("managing API tokens");
    }

    private static String text(JsonNode json, String field, String otherwise) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            if (otherwise == null) {
                throw new BadParameterException(field, field + ": is required");
            }
            return otherwise;
        }
        if (!node.isTextual()) {
            throw new BadParameterException(field, field + ": " + node + " is not a string");
        }
        return node.asText();
    }

    private static Set<String> roles(JsonNode json) {
        JsonNode node = json.get("roles");
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new BadParameterException("roles", "roles: expected a non-empty array of admin, manager, rep, hr");
        }
        Set<String> roles = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw new BadParameterException("roles", "roles[" + i + "]: " + node.get(i) + " is not a role name");
            }
            roles.add(node.get(i).asText());
        }
        return roles;
    }

    private static long days(JsonNode json) {
        JsonNode node = json.get("expiresInDays");
        if (node == null || node.isNull()) {
            return DEFAULT_DAYS;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1 || node.asInt() > 730) {
            throw new BadParameterException("expiresInDays", "expiresInDays: " + node + " is not a whole number of"
                    + " days from 1 to 730");
        }
        return node.asInt();
    }
}
