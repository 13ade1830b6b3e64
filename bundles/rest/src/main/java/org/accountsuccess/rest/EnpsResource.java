package org.accountsuccess.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.api.enps.EnpsReport;
import org.accountsuccess.api.enps.EnpsService;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.access.ProductRole;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Employee NPS, for the hr role only (nobody else, not even admins, sees it). */
@Component(service = EnpsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("enps")
@Produces(MediaType.APPLICATION_JSON)
public class EnpsResource {
    private final EnpsService enps;

    @Activate
    public EnpsResource(@Reference EnpsService enps) {
        this.enps = enps;
    }

    @GET
    public EnpsReport enps(@Context SecurityContext security, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Caller.of(security).require(ProductRole.HR);
        return enps.enps(Params.window(from, to, LocalDate.now()));
    }
}
