package org.accountsuccess.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.api.movement.MovementReport;
import org.accountsuccess.api.movement.MovementService;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Climbers and fallers among the caller's accounts: contacts and accounts whose latest response,
 * answered between {@code from} and {@code to} (default the 365 days to today), changed their class.
 */
@Component(service = ClimbersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("climbers")
@Produces(MediaType.APPLICATION_JSON)
public class ClimbersResource {
    private final MovementService movements;
    private final AccountScopes scopes;

    @Activate
    public ClimbersResource(@Reference MovementService movements, @Reference AccountScopes scopes) {
        this.movements = movements;
        this.scopes = scopes;
    }

    @GET
    public MovementReport climbers(@Context SecurityContext security, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("segment") String segment, @QueryParam("tier") String tier,
            @QueryParam("owner") String owner) {
        var window = Params.window(from, to, LocalDate.now());
        var filter = scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
        return movements.movements(window, filter);
    }
}
