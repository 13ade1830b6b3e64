package org.accountsuccess.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.accountsuccess.api.matrix.MatrixMeasure;
import org.accountsuccess.api.matrix.MatrixPoint;
import org.accountsuccess.api.matrix.NoMarginException;
import org.accountsuccess.api.matrix.SuccessMatrix;
import org.accountsuccess.api.matrix.SuccessMatrixService;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.problem.BadParameterException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The success matrix of the caller's accounts: account NPS against ARR or margin. */
@Component(service = MatrixResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("matrix")
@Produces(MediaType.APPLICATION_JSON)
public class MatrixResource {
    /**
     * The matrix's split, counts and quadrant totals (over every plotted account) at the top level,
     * and one page of its points.
     *
     * @param points the plotted accounts, by quadrant, then value descending, then id
     */
    public record Matrix(@JsonUnwrapped @JsonIgnoreProperties("points") SuccessMatrix matrix,
            Page<MatrixPoint> points) {
    }

    private final SuccessMatrixService matrices;
    private final AccountScopes scopes;

    @Activate
    public MatrixResource(@Reference SuccessMatrixService matrices, @Reference AccountScopes scopes) {
        this.matrices = matrices;
        this.scopes = scopes;
    }

    /** Without margin data, {@code measure=margin} is a 400 naming {@code measure}. */
    @GET
    public Matrix matrix(@Context SecurityContext security, @QueryParam("asOf") String asOf,
            @QueryParam("measure") String measure, @QueryParam("segment") String segment,
            @QueryParam("tier") String tier, @QueryParam("owner") String owner, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        LocalDate day = Params.date("asOf", asOf, LocalDate.now());
        MatrixMeasure axis = Params.choice("measure", measure, MatrixMeasure.class, MatrixMeasure.ARR);
        var paging = Paging.of(offset, limit);
        var filter = scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
        try {
            SuccessMatrix matrix = matrices.matrix(day, axis, filter);
            return new Matrix(matrix, paging.page(matrix.points()));
        } catch (NoMarginException e) {
            throw new BadParameterException("measure", "measure: margin is not available: " + e.getMessage());
        }
    }
}
