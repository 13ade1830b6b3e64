package org.accountsuccess.rest.problem;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.accountsuccess.host.spi.HostUnavailableException;
import org.accountsuccess.rest.RestApplication;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/** 503 when the host CRM cannot be reached and there is no copy of its data to compute from. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(RestApplication.SELECT)
public class HostUnavailableMapper implements ExceptionMapper<HostUnavailableException> {
    @Override
    public Response toResponse(HostUnavailableException e) {
        return Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()).response();
    }
}
