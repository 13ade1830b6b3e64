package org.accountsuccess.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Cut;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.api.retention.RetentionService;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Revenue and logo retention of the caller's accounts, overall and per group. */
@Component(service = RetentionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {
    /**
     * The report over every visible account, its fields at the top level, and with {@code by} one per group.
     *
     * @param groups one report per group, or absent without {@code by}
     */
    public record Retention(@JsonUnwrapped RetentionReport report,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Cut<RetentionReport>> groups) {
    }

    private final RetentionService retention;
    private final AccountScopes scopes;

    @Activate
    public RetentionResource(@Reference RetentionService retention, @Reference AccountScopes scopes) {
        this.retention = retention;
        this.scopes = scopes;
    }

    @GET
    public Retention retention(@Context SecurityContext security, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("by") String by, @QueryParam("segment") String segment,
            @QueryParam("tier") String tier, @QueryParam("owner") String owner) {
        DateWindow period = Params.window(from, to, LocalDate.now());
        AccountDimension dimension = Params.choice("by", by, AccountDimension.class, null);
        AccountFilter filter = scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
        return new Retention(retention.retention(period, filter),
                dimension == null ? null : retention.retentionBy(period, filter, dimension));
    }
}
