package org.accountsuccess.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.api.drivers.DriverReport;
import org.accountsuccess.api.drivers.DriverService;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Revenue-weighted drivers of the responses of the caller's accounts (default window: the 365 days to today). */
@Component(service = DriversResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("drivers")
@Produces(MediaType.APPLICATION_JSON)
public class DriversResource {
    private final DriverService drivers;
    private final AccountScopes scopes;

    @Activate
    public DriversResource(@Reference DriverService drivers, @Reference AccountScopes scopes) {
        this.drivers = drivers;
        this.scopes = scopes;
    }

    @GET
    public DriverReport drivers(@Context SecurityContext security, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("segment") String segment, @QueryParam("tier") String tier,
            @QueryParam("owner") String owner) {
        var window = Params.window(from, to, LocalDate.now());
        var filter = scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
        return drivers.drivers(window, filter);
    }
}
