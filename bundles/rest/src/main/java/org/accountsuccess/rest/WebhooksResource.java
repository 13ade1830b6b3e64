package org.accountsuccess.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.api.webhook.DeadLetter;
import org.accountsuccess.api.webhook.WebhookEndpoint;
import org.accountsuccess.api.webhook.WebhookService;
import org.accountsuccess.rest.access.Audit;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.problem.ConflictException;
import org.accountsuccess.rest.problem.UnknownResourceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The outgoing webhooks, for admins only: the endpoints with their counts, the dead letters, and a
 * replay of one. Present while the webhooks feature is installed.
 */
@Component(service = WebhooksResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {
    private final WebhookService webhooks;

    @Activate
    public WebhooksResource(@Reference WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    public List<WebhookEndpoint> endpoints(@Context SecurityContext security) {
        Caller.of(security).require(ProductRole.ADMIN);
        return webhooks.endpoints();
    }

    @GET
    @Path("dead-letters")
    public Page<DeadLetter> deadLetters(@Context SecurityContext security, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Caller.of(security).require(ProductRole.ADMIN);
        return Paging.of(offset, limit).page(webhooks.deadLetters());
    }

    /** Puts the dead letter back in the outbox; answers it as it was. */
    @POST
    @Path("dead-letters/{id}/replay")
    public DeadLetter replay(@Context SecurityContext security, @PathParam("id") String id) {
        Caller caller = Caller.of(security);
        caller.require(ProductRole.ADMIN);
        try {
            DeadLetter replayed = webhooks.replay(id)
                    .orElseThrow(() -> new UnknownResourceException("no dead letter '" + id + "'"));
            Audit.LOG.info("Dead letter {} (endpoint '{}') replayed by '{}'", id, replayed.endpoint(), caller.user());
            return replayed;
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
    }
}
