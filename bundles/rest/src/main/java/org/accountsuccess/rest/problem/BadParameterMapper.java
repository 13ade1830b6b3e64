package org.accountsuccess.rest.problem;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.accountsuccess.rest.RestApplication;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/** 400 naming the parameter. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(RestApplication.SELECT)
public class BadParameterMapper implements ExceptionMapper<BadParameterException> {
    @Override
    public Response toResponse(BadParameterException e) {
        return Problem.of(Response.Status.BAD_REQUEST, e.getMessage()).withParameter(e.parameter()).response();
    }
}
