package org.accountsuccess.rest.problem;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.accountsuccess.api.dataset.DataSetRejectedException;
import org.accountsuccess.rest.RestApplication;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/** 422 with every bad row of a rejected data set; nothing was changed. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(RestApplication.SELECT)
public class DataSetRejectedMapper implements ExceptionMapper<DataSetRejectedException> {
    static final int UNPROCESSABLE_CONTENT = 422;

    @Override
    public Response toResponse(DataSetRejectedException e) {
        Response.StatusType status = new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return UNPROCESSABLE_CONTENT;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.CLIENT_ERROR;
            }

            @Override
            public String getReasonPhrase() {
                return "Unprocessable Content";
            }
        };
        return Problem.of(status, "data set rejected with " + e.errors().size() + " error(s): nothing was changed")
                .withErrors(e.errors()).response();
    }
}
