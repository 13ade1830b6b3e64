package org.accountsuccess.rest.problem;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.accountsuccess.rest.RestApplication;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/** The JAX-RS runtime's own errors (no such path 404, wrong method 405, wrong media type 415) as problems. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(RestApplication.SELECT)
public class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder answer = Response.fromResponse(original).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, detail(status)));
        return answer.build();
    }

    private static String detail(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 404 -> "no such resource";
            case 405 -> "this resource does not answer this method";
            case 406 -> "this resource answers application/json only";
            case 415 -> "this resource does not take this media type";
            default -> status.getReasonPhrase();
        };
    }
}
