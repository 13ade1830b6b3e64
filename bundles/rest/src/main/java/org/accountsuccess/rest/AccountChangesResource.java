package org.accountsuccess.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.api.changes.AccountChangeService;
import org.accountsuccess.api.changes.AccountChanges;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.problem.AccountNotFoundException;
import org.accountsuccess.rest.problem.BadParameterException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Why an account moved: its health factor by factor and its account NPS between two days, and who moved class. */
@Component(service = AccountChangesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("accounts/{id}/changes")
@Produces(MediaType.APPLICATION_JSON)
public class AccountChangesResource {
    static final int DEFAULT_DAYS = 90;

    private final AccountChangeService changes;
    private final AccountScopes scopes;

    @Activate
    public AccountChangesResource(@Reference AccountChangeService changes, @Reference AccountScopes scopes) {
        this.changes = changes;
        this.scopes = scopes;
    }

    /** {@code to} (default today) against {@code from} (default 90 days before {@code to}). */
    @GET
    public AccountChanges changes(@Context SecurityContext security, @PathParam("id") String id,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate last = Params.date("to", to, LocalDate.now());
        LocalDate first = Params.date("from", from, last.minusDays(DEFAULT_DAYS));
        if (last.isBefore(first)) {
            throw new BadParameterException("from", "from " + first + " is after to " + last + ": the window is inverted");
        }
        // an account the caller may not see is answered as unknown, so ids cannot be probed
        if (!scopes.of(Caller.of(security)).contains(id)) {
            throw new AccountNotFoundException(id);
        }
        return changes.changes(id, first, last).orElseThrow(() -> new AccountNotFoundException(id));
    }
}
