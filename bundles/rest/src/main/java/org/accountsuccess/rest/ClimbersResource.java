package org.accountsuccess.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.accountsuccess.api.movement.AccountMovement;
import org.accountsuccess.api.movement.ContactMovement;
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
    /**
     * The report's window and currency at the top level, and one page of each of its four lists.
     *
     * @param contactClimbers contacts whose latest response is in a better class than the one before
     * @param contactFallers contacts whose latest response is in a worse class
     * @param accountClimbers accounts whose class improved on their latest response day
     * @param accountFallers accounts whose class worsened on it
     */
    public record Climbers(
            @JsonUnwrapped @JsonIgnoreProperties({"contactClimbers", "contactFallers", "accountClimbers",
                    "accountFallers"}) MovementReport report,
            Page<ContactMovement> contactClimbers, Page<ContactMovement> contactFallers,
            Page<AccountMovement> accountClimbers, Page<AccountMovement> accountFallers) {
        static Climbers of(MovementReport report, Paging paging) {
            return new Climbers(report, paging.page(report.contactClimbers()), paging.page(report.contactFallers()),
                    paging.page(report.accountClimbers()), paging.page(report.accountFallers()));
        }
    }

    private final MovementService movements;
    private final AccountScopes scopes;

    @Activate
    public ClimbersResource(@Reference MovementService movements, @Reference AccountScopes scopes) {
        this.movements = movements;
        this.scopes = scopes;
    }

    @GET
    public Climbers climbers(@Context SecurityContext security, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("segment") String segment, @QueryParam("tier") String tier,
            @QueryParam("owner") String owner, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        var window = Params.window(from, to, LocalDate.now());
        var paging = Paging.of(offset, limit);
        var filter = scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
        return Climbers.of(movements.movements(window, filter), paging);
    }
}
