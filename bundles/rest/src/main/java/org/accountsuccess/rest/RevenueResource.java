package org.accountsuccess.rest;

import java.time.LocalDate;
import java.time.YearMonth;
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
import org.accountsuccess.api.revenue.AccountMovement;
import org.accountsuccess.api.revenue.CohortGrain;
import org.accountsuccess.api.revenue.CohortService;
import org.accountsuccess.api.revenue.CohortTable;
import org.accountsuccess.api.revenue.MovementSeries;
import org.accountsuccess.api.revenue.MrrMovement;
import org.accountsuccess.api.revenue.RevenueMovementService;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.problem.BadParameterException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** MRR movements month by month with the accounts behind them, and cohorts, over the caller's accounts. */
@Component(service = RevenueResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("revenue")
@Produces(MediaType.APPLICATION_JSON)
public class RevenueResource {
    /** The most months one series or cohort table spans: ten years. */
    static final int MAX_MONTHS = 120;

    /**
     * The cohorts over every visible account, the table's fields at the top level, and with {@code by} one table per group.
     *
     * @param groups one table per group, or absent without {@code by}
     */
    public record Cohorts(@JsonUnwrapped CohortTable table,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Cut<CohortTable>> groups) {
    }

    private final RevenueMovementService movements;
    private final CohortService cohorts;
    private final AccountScopes scopes;

    @Activate
    public RevenueResource(@Reference RevenueMovementService movements, @Reference CohortService cohorts,
            @Reference AccountScopes scopes) {
        this.movements = movements;
        this.cohorts = cohorts;
        this.scopes = scopes;
    }

    /** Months {@code from} to {@code to}: {@code to} defaults to this month, {@code from} to eleven months before it. */
    @GET
    @Path("movements")
    public MovementSeries movements(@Context SecurityContext security, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("segment") String segment, @QueryParam("tier") String tier,
            @QueryParam("owner") String owner) {
        YearMonth last = Params.month("to", to, YearMonth.now());
        YearMonth first = Params.month("from", from, last.minusMonths(11));
        if (first.isAfter(last)) {
            throw new BadParameterException("from", "from " + first + " is after to " + last + ": the window is inverted");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new BadParameterException("from", "from " + first + " to " + last + " spans more than " + MAX_MONTHS
                    + " months");
        }
        return movements.movements(first, last, filter(security, segment, tier, owner));
    }

    /** The accounts behind the movements of {@code month} (default this month), of one kind or all, largest first. */
    @GET
    @Path("movements/accounts")
    public Page<AccountMovement> movementAccounts(@Context SecurityContext security,
            @QueryParam("month") String month, @QueryParam("movement") String movement,
            @QueryParam("segment") String segment, @QueryParam("tier") String tier, @QueryParam("owner") String owner,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        YearMonth chosen = Params.month("month", month, YearMonth.now());
        MrrMovement kind = Params.choice("movement", movement, MrrMovement.class, null);
        Paging paging = Paging.of(offset, limit);
        return paging.page(movements.accounts(chosen, kind, filter(security, segment, tier, owner)));
    }

    /**
     * Cohorts starting from the period holding {@code from} (default twelve months before
     * {@code asOf}), measured up to {@code asOf} (default today), by {@code grain} (month or quarter).
     */
    @GET
    @Path("cohorts")
    public Cohorts cohorts(@Context SecurityContext security, @QueryParam("from") String from,
            @QueryParam("asOf") String asOf, @QueryParam("grain") String grain, @QueryParam("by") String by,
            @QueryParam("segment") String segment, @QueryParam("tier") String tier, @QueryParam("owner") String owner) {
        LocalDate last = Params.date("asOf", asOf, LocalDate.now());
        LocalDate first = Params.date("from", from, last.minusMonths(12).withDayOfMonth(1));
        if (first.isAfter(last)) {
            throw new BadParameterException("from", "from " + first + " is after asOf " + last);
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last)) {
            throw new BadParameterException("from", "from " + first + " to " + last + " spans more than " + MAX_MONTHS
                    + " months");
        }
        CohortGrain chosen = Params.choice("grain", grain, CohortGrain.class, CohortGrain.MONTH);
        AccountDimension dimension = Params.choice("by", by, AccountDimension.class, null);
        if (dimension == AccountDimension.LOYALTY_CLASS) {
            throw new BadParameterException("by", "by: cohorts are cut by segment, tier or owner (an account's loyalty "
                    + "class changes over its cohort's life)");
        }
        AccountFilter filter = filter(security, segment, tier, owner);
        return new Cohorts(cohorts.cohorts(first, last, chosen, filter),
                dimension == null ? null : cohorts.cohortsBy(first, last, chosen, filter, dimension));
    }

    private AccountFilter filter(SecurityContext security, String segment, String tier, String owner) {
        return scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
    }
}
