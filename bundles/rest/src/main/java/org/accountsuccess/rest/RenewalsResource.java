package org.accountsuccess.rest;

import java.time.LocalDate;
import java.util.OptionalInt;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.accountsuccess.api.renewal.DueContract;
import org.accountsuccess.api.renewal.PipelineEntry;
import org.accountsuccess.api.renewal.RenewalPipeline;
import org.accountsuccess.api.renewal.RenewalPipelineService;
import org.accountsuccess.api.renewal.RenewalReport;
import org.accountsuccess.api.renewal.RenewalService;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The contracts of the caller's accounts due in a period and how many were renewed, and the renewal pipeline. */
@Component(service = RenewalsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("renewals")
@Produces(MediaType.APPLICATION_JSON)
public class RenewalsResource {
    /**
     * The renewal figures (over every due contract) at the top level, and one page of the due contracts.
     *
     * @param contracts the due contracts, by end date then id
     */
    public record Renewals(@JsonUnwrapped @JsonIgnoreProperties("contracts") RenewalReport report,
            Page<DueContract> contracts) {
    }

    /**
     * The pipeline's days and ARR at stake (over every entry) at the top level, and one page of its entries.
     *
     * @param entries the due contracts, riskiest first
     */
    public record Pipeline(@JsonUnwrapped @JsonIgnoreProperties("entries") RenewalPipeline pipeline,
            Page<PipelineEntry> entries) {
    }

    private final RenewalService renewals;
    private final RenewalPipelineService pipeline;
    private final AccountScopes scopes;

    @Activate
    public RenewalsResource(@Reference RenewalService renewals, @Reference RenewalPipelineService pipeline,
            @Reference AccountScopes scopes) {
        this.renewals = renewals;
        this.pipeline = pipeline;
        this.scopes = scopes;
    }

    @GET
    public Renewals renewals(@Context SecurityContext security, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("segment") String segment, @QueryParam("tier") String tier,
            @QueryParam("owner") String owner, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        var period = Params.window(from, to, LocalDate.now());
        var paging = Paging.of(offset, limit);
        var filter = Params.accounts(segment, tier, owner);
        RenewalReport report = renewals.renewals(period, scopes.of(Caller.of(security)).narrow(filter));
        return new Renewals(report, paging.page(report.contracts()));
    }

    @GET
    @Path("pipeline")
    public Pipeline pipeline(@Context SecurityContext security, @QueryParam("asOf") String asOf,
            @QueryParam("days") String days, @QueryParam("segment") String segment, @QueryParam("tier") String tier,
            @QueryParam("owner") String owner, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        LocalDate day = Params.date("asOf", asOf, LocalDate.now());
        OptionalInt horizon = days == null || days.isBlank() ? OptionalInt.empty()
                : OptionalInt.of(Params.range("days", days, 0, 0, 3660));
        var paging = Paging.of(offset, limit);
        var filter = Params.accounts(segment, tier, owner);
        RenewalPipeline entries = pipeline.pipeline(day, horizon, scopes.of(Caller.of(security)).narrow(filter));
        return new Pipeline(entries, paging.page(entries.entries()));
    }
}
