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
    public RenewalReport renewals(@Context SecurityContext security, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("segment") String segment, @QueryParam("tier") String tier,
            @QueryParam("owner") String owner) {
        var period = Params.window(from, to, LocalDate.now());
        var filter = Params.accounts(segment, tier, owner);
        return renewals.renewals(period, scopes.of(Caller.of(security)).narrow(filter));
    }

    @GET
    @Path("pipeline")
    public RenewalPipeline pipeline(@Context SecurityContext security, @QueryParam("asOf") String asOf,
            @QueryParam("days") String days, @QueryParam("segment") String segment, @QueryParam("tier") String tier,
            @QueryParam("owner") String owner) {
        LocalDate day = Params.date("asOf", asOf, LocalDate.now());
        OptionalInt horizon = days == null || days.isBlank() ? OptionalInt.empty()
                : OptionalInt.of(Params.range("days", days, 0, 0, 3660));
        var filter = Params.accounts(segment, tier, owner);
        return pipeline.pipeline(day, horizon, scopes.of(Caller.of(security)).narrow(filter));
    }
}
