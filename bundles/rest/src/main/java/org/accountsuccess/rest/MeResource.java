package org.accountsuccess.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.access.ProductRole;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Who the caller is and which product roles they have, so a client (the web page) shows only the
 * views the API will answer. Any authenticated user may ask, even one without a product role.
 */
@Component(service = MeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /**
     * The caller as the API sees them.
     *
     * @param user the user name of the realm
     * @param roles the product roles, in the order admin, manager, rep, hr
     */
    public record SignedIn(String user, List<ProductRole> roles) {
        public SignedIn {
            roles = List.copyOf(roles);
        }
    }

    @GET
    public SignedIn me(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return new SignedIn(caller.user(), caller.roles().stream().sorted().toList());
    }
}
