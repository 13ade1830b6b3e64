package org.accountsuccess.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.followup.FollowUpCreation;
import org.accountsuccess.api.followup.FollowUpEdit;
import org.accountsuccess.api.followup.FollowUpQuery;
import org.accountsuccess.api.followup.FollowUpService;
import org.accountsuccess.api.followup.NewFollowUp;
import org.accountsuccess.api.followup.StaleFollowUpException;
import org.accountsuccess.api.followup.TrackedFollowUp;
import org.accountsuccess.host.spi.FollowUpStatus;
import org.accountsuccess.rest.access.AccountScope;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.problem.AccountNotFoundException;
import org.accountsuccess.rest.problem.BadParameterException;
import org.accountsuccess.rest.problem.ConflictException;
import org.accountsuccess.rest.problem.UnknownResourceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The closed loop's follow-ups on the caller's accounts: the list by due date, one with its
 * history, one created for a recommended action, and a user's change (done, snoozed, reassigned,
 * a note) naming the version it saw. A follow-up of an account the caller does not see answers
 * 404 like an unknown one. Registered while the closed loop runs.
 */
@Component(service = FollowUpsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("followups")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpsResource {
    private static final Set<String> NEW_FIELDS = Set.of("accountId", "title", "dueDate", "assignee");
    private static final Set<String> CHANGE_FIELDS = Set.of("version", "status", "snoozeUntil", "assignee", "note");

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
            @QueryParam("account") String account, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        LocalDate day = Params.date("asOf", asOf, LocalDate.now());
        boolean overdueOnly = Params.flag("overdue", overdue);
        var paging = Paging.of(offset, limit);
        AccountScope scope = scopes.of(Caller.of(security));
        String accountId = Params.text(account);
        AccountFilter visible = accountId == null ? scope.narrow(AccountFilter.ALL)
                : AccountFilter.ALL.withAccountIds(scope.contains(accountId) ? Set.of(accountId) : Set.of());
        return paging.page(followUps.followUps(new FollowUpQuery(day, overdueOnly, Params.text(assignee), visible)));
    }

    @GET
    @Path("{id}")
    public FollowUpDetail followUp(@Context SecurityContext security, @PathParam("id") String id,
            @QueryParam("asOf") String asOf) {
        TrackedFollowUp followUp = visible(security, id, Params.date("asOf", asOf, LocalDate.now()));
        return new FollowUpDetail(followUp, followUps.history(id));
    }

    /**
     * A follow-up for a recommended action of an account the caller sees: 201 with it, or 200 with
     * the account's open follow-up of that title (a second click creates nothing). Made as of
     * {@code asOf} (default today), as the page's as-of day.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, @QueryParam("asOf") String asOf, InputStream body)
            throws IOException {
        Caller caller = Caller.of(security);
        AccountScope scope = scopes.of(caller);
        JsonNode json = JsonBody.object(body, NEW_FIELDS, "accountId, title, and optionally dueDate and assignee");
        String accountId = text(json, "accountId");
        if (accountId == null) {
            throw new BadParameterException("accountId", "accountId: is required");
        }
        if (!scope.contains(accountId)) {
            throw new AccountNotFoundException(accountId);
        }
        LocalDate today = Params.date("asOf", asOf, LocalDate.now());
        NewFollowUp request = checked(() -> new NewFollowUp(accountId, text(json, "title"), date(json, "dueDate"),
                text(json, "assignee"), caller.user()));
        FollowUpCreation creation = checked(() -> followUps.create(request, today));
        return Response.status(creation.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(creation.followUp()).build();
    }

    /**
     * A user's change, made as of {@code asOf} (default today); 409 when the follow-up is no longer
     * at the {@code version} the change names.
     */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TrackedFollowUp change(@Context SecurityContext security, @PathParam("id") String id,
            @QueryParam("asOf") String asOf, InputStream body) throws IOException {
        LocalDate today = Params.date("asOf", asOf, LocalDate.now());
        visible(security, id, today);
        JsonNode json = JsonBody.object(body, CHANGE_FIELDS,
                "version and at least one of status, snoozeUntil, assignee, note");
        JsonNode version = json.get("version");
        if (version == null || !version.canConvertToLong() || !version.isIntegralNumber()) {
            throw new BadParameterException("version", "version: is required, the follow-up's version as read ("
                    + (version == null ? "missing" : version.toString()) + ")");
        }
        FollowUpStatus status = Params.choice("status", text(json, "status"), FollowUpStatus.class, null);
        FollowUpEdit edit = checked(() -> new FollowUpEdit(id, version.asLong(), status, date(json, "snoozeUntil"),
                text(json, "assignee"), text(json, "note"), Caller.of(security).user()));
        try {
            return checked(() -> followUps.change(edit, today)).orElseThrow(() -> unknown(id));
        } catch (StaleFollowUpException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    /** The follow-up if the caller sees its account, else 404. */
    private TrackedFollowUp visible(SecurityContext security, String id, LocalDate day) {
        AccountScope scope = scopes.of(Caller.of(security));
        return followUps.followUp(id, day).filter(t -> scope.contains(t.followUp().accountId()))
                .orElseThrow(() -> unknown(id));
    }

    private static UnknownResourceException unknown(String id) {
        return new UnknownResourceException("no follow-up '" + id + "'");
    }

    /** Runs a step whose {@code IllegalArgumentException} ("field: what is wrong") is a 400 naming the field. */
    private static <T> T checked(Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int colon = message.indexOf(':');
            throw new BadParameterException(colon > 0 ? message.substring(0, colon) : "body", message);
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadParameterException(field, field + ": " + node + " is not a string");
        }
        return node.asText();
    }

    private static LocalDate date(JsonNode json, String field) {
        return Params.date(field, text(json, field), null);
    }
}
