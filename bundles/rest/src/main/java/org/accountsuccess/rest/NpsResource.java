package org.accountsuccess.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.nps.NpsService;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Customer NPS over the responses of the caller's accounts. */
@Component(service = NpsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("nps")
@Produces(MediaType.APPLICATION_JSON)
public class NpsResource {
    private final NpsService nps;
    private final AccountScopes scopes;

    @Activate
    public NpsResource(@Reference NpsService nps, @Reference AccountScopes scopes) {
        this.nps = nps;
        this.scopes = scopes;
    }

    @GET
    public NpsResult nps(@Context SecurityContext security, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("segment") String segment, @QueryParam("tier") String tier,
            @QueryParam("owner") String owner, @QueryParam("level") String level) {
        var window = Params.window(from, to, LocalDate.now());
        var unit = Params.choice("level", level, NpsLevel.class, NpsLevel.RESPONSE);
        var filter = scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
        return nps.nps(new NpsQuery(window, filter, unit));
    }
}
