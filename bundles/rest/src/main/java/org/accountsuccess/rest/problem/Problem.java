package org.accountsuccess.rest.problem;

import java.util.List;

import javax.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.accountsuccess.api.dataset.RowError;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@value #MEDIA_TYPE}).
 *
 * @param type {@code about:blank}: the status says what kind of problem it is
 * @param title the status's reason phrase
 * @param status the HTTP status
 * @param detail what went wrong, in words a caller can act on
 * @param parameter the request parameter at fault, or {@code null}
 * @param errors every bad row of a rejected data set, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String parameter, List<RowError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public Problem withParameter(String name) {
        return new Problem(type, title, status, detail, name, errors);
    }

    public Problem withErrors(List<RowError> rows) {
        return new Problem(type, title, status, detail, parameter, List.copyOf(rows));
    }

    /** The answer carrying this problem. */
    public Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
