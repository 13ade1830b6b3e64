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
import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.nps.NpsSeries;
import org.accountsuccess.api.nps.NpsSeriesQuery;
import org.accountsuccess.api.nps.NpsService;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.problem.BadParameterException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Customer NPS over the responses of the caller's accounts: one figure, a change against a previous window, or a monthly series. */
@Component(service = NpsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("nps")
@Produces(MediaType.APPLICATION_JSON)
public class NpsResource {
    private final NpsService nps;
    private final AccountScopes scopes;

    @Activate
    public NpsResource(@Reference NpsService nps, @Reference AccountScopes scopes) {
        this.nps = nps;
        this.scopes = scopes;
    }

    static final int DEFAULT_MONTHS = 12;
    static final int MAX_MONTHS = 36;
    static final int DEFAULT_WINDOW_DAYS = 90;
    static final int MAX_WINDOW_DAYS = 366;

    @GET
    public NpsResult nps(@Context SecurityContext security, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("segment") String segment, @QueryParam("tier") String tier,
            @QueryParam("owner") String owner, @QueryParam("level") String level) {
        var window = Params.window(from, to, LocalDate.now());
        return nps.nps(new NpsQuery(window, filter(security, segment, tier, owner), level(level)));
    }

    /**
     * The NPS of a window (as {@link #nps}) against a previous window, by default the one of equal
     * length that ends the day before; the change and whether it is significant.
     */
    @GET
    @Path("compare")
    public NpsChange compare(@Context SecurityContext security, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("previousFrom") String previousFrom,
            @QueryParam("previousTo") String previousTo, @QueryParam("segment") String segment,
            @QueryParam("tier") String tier, @QueryParam("owner") String owner, @QueryParam("level") String level) {
        var current = new NpsQuery(Params.window(from, to, LocalDate.now()), filter(security, segment, tier, owner),
                level(level));
        NpsQuery previous = previousFrom == null && previousTo == null ? current.previous()
                : new NpsQuery(previousWindow(previousFrom, previousTo, current.previous().window()), current.filter(),
                        current.level());
        return NpsChange.of(current, previous, nps.compare(previous, current));
    }

    /** A previous window given by one or both of its ends; the missing end from the default window. */
    private static DateWindow previousWindow(String from, String to, DateWindow fallback) {
        LocalDate last = Params.date("previousTo", to, fallback.to());
        LocalDate first = Params.date("previousFrom", from, fallback.from());
        if (last.isBefore(first)) {
            throw new BadParameterException("previousFrom", "previousFrom " + first + " is after previousTo " + last
                    + ": the previous window is inverted");
        }
        return new DateWindow(first, last);
    }

    /**
     * One point per month, the last on {@code to} (default today) and the others on the month
     * ends before it, each over the trailing {@code windowDays} (default 90).
     */
    @GET
    @Path("series")
    public NpsSeries series(@Context SecurityContext security, @QueryParam("to") String to,
            @QueryParam("months") String months, @QueryParam("windowDays") String windowDays,
            @QueryParam("segment") String segment, @QueryParam("tier") String tier, @QueryParam("owner") String owner,
            @QueryParam("level") String level) {
        LocalDate last = Params.date("to", to, LocalDate.now());
        int count = Params.range("months", months, DEFAULT_MONTHS, 1, MAX_MONTHS);
        int days = Params.range("windowDays", windowDays, DEFAULT_WINDOW_DAYS, 1, MAX_WINDOW_DAYS);
        return nps.series(new NpsSeriesQuery(last, count, days, filter(security, segment, tier, owner), level(level)));
    }

    private static NpsLevel level(String level) {
        return Params.choice("level", level, NpsLevel.class, NpsLevel.RESPONSE);
    }

    private AccountFilter filter(SecurityContext security, String segment, String tier, String owner) {
        return scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
    }
}
