package org.accountsuccess.rest.problem;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.accountsuccess.rest.RestApplication;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** 500 for anything else: the cause goes to the log, never a stack trace to the caller. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(RestApplication.SELECT)
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Exception e) {
        LOG.error("REST request failed", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "the request failed on the server; the cause is in its log").response();
    }
}
