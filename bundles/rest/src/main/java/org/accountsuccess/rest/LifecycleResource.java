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

import org.accountsuccess.api.lifecycle.LifecycleReport;
import org.accountsuccess.api.lifecycle.LifecycleService;
import org.accountsuccess.api.lifecycle.RankedAccount;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The lifecycle (Pareto) view of the caller's accounts. */
@Component(service = LifecycleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("lifecycle")
@Produces(MediaType.APPLICATION_JSON)
public class LifecycleResource {
    /**
     * The head and tail (over every ranked account) at the top level, and one page of the ranking.
     *
     * @param ranking the ranked accounts in order
     */
    public record Lifecycle(@JsonUnwrapped @JsonIgnoreProperties("ranking") LifecycleReport report,
            Page<RankedAccount> ranking) {
    }

    private final LifecycleService lifecycle;
    private final AccountScopes scopes;

    @Activate
    public LifecycleResource(@Reference LifecycleService lifecycle, @Reference AccountScopes scopes) {
        this.lifecycle = lifecycle;
        this.scopes = scopes;
    }

    @GET
    public Lifecycle lifecycle(@Context SecurityContext security, @QueryParam("asOf") String asOf,
            @QueryParam("headShare") String headShare, @QueryParam("segment") String segment,
            @QueryParam("tier") String tier, @QueryParam("owner") String owner, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        LocalDate day = Params.date("asOf", asOf, LocalDate.now());
        var share = Params.share("headShare", headShare);
        var paging = Paging.of(offset, limit);
        var filter = scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
        LifecycleReport report = lifecycle.lifecycle(day, share, filter);
        return new Lifecycle(report, paging.page(report.ranking()));
    }
}
