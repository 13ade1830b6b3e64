package org.accountsuccess.rest;

import java.io.InputStream;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The OpenAPI 3 document of the API, public (no authentication). Written by hand and checked
 * against the resources' JAX-RS annotations by a unit test, so it cannot drift.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path(OpenApiResource.PATH)
public class OpenApiResource {
    static final String PATH = "openapi.json";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public InputStream document() {
        return OpenApiResource.class.getResourceAsStream(PATH);
    }
}
