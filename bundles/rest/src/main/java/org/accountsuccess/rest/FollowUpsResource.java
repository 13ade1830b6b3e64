package org.accountsuccess.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.followup.FollowUpQuery;
import org.accountsuccess.api.followup.FollowUpService;
import org.accountsuccess.api.followup.TrackedFollowUp;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The closed loop's follow-ups on the caller's accounts, by due date; registered while the closed loop runs. */
@Component(service = FollowUpsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("followups")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpsResource {
    private final FollowUpService followUps;
    private final AccountScopes scopes;

    @Activate
    public FollowUpsResource(@Reference FollowUpService followUps, @Reference AccountScopes scopes) {
        this.followUps = followUps;
        this.scopes = scopes;
    }

    @GET
    public Page<TrackedFollowUp> followUps(@Context SecurityContext security, @QueryParam("asOf") String asOf,
            @QueryParam("overdue") String overdue, @QueryParam("assignee") String assignee,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        LocalDate day = Params.date("asOf", asOf, LocalDate.now());
        boolean overdueOnly = Params.flag("overdue", overdue);
        var paging = Paging.of(offset, limit);
        AccountFilter visible = scopes.of(Caller.of(security)).narrow(AccountFilter.ALL);
        return paging.page(followUps.followUps(new FollowUpQuery(day, overdueOnly, Params.text(assignee), visible)));
    }
}
