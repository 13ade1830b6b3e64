package org.accountsuccess.rest;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The JAX-RS application of the REST API at {@value #BASE}. Resources and extensions join it
 * through the whiteboard with {@code osgi.jaxrs.application.select = }{@value #SELECT}.
 */
@Component(service = Application.class)
@JaxrsApplicationBase(RestApplication.BASE)
@JaxrsName(RestApplication.NAME)
public class RestApplication extends Application {
    public static final String NAME = "account-success";
    public static final String BASE = "account-success/api/v1";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
}
