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
import org.accountsuccess.api.renewal.ForecastEntry;
import org.accountsuccess.api.renewal.PipelineEntry;
import org.accountsuccess.api.renewal.RenewalForecast;
import org.accountsuccess.api.renewal.RenewalForecastService;
import org.accountsuccess.api.renewal.RenewalPipeline;
import org.accountsuccess.api.renewal.RenewalPipelineService;
import org.accountsuccess.api.renewal.RenewalReport;
import org.accountsuccess.api.renewal.RenewalService;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.problem.BadParameterException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The contracts of the caller's accounts due in a period and how many were renewed, the renewal
 * pipeline and the renewal forecast.
 */
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

    /**
     * The forecast's totals and model (over every entry) at the top level, and one page of its entries.
     *
     * @param entries the due contracts, by end date then id
     */
    public record Forecast(@JsonUnwrapped @JsonIgnoreProperties("entries") RenewalForecast forecast,
            Page<ForecastEntry> entries) {
    }

    /** The forecast window's default length, like the pipeline's default horizon. */
    static final int FORECAST_DAYS = 120;
    private static final int MAX_FORECAST_DAYS = 3660;

    private final RenewalService renewals;
    private final RenewalPipelineService pipeline;
    private final RenewalForecastService forecasts;
    private final AccountScopes scopes;

    @Activate
    public RenewalsResource(@Reference RenewalService renewals, @Reference RenewalPipelineService pipeline,
            @Reference RenewalForecastService forecasts, @Reference AccountScopes scopes) {
        this.renewals = renewals;
        this.pipeline = pipeline;
        this.forecasts = forecasts;
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

    /**
     * The forecast of the contracts ending from {@code from} (default {@code asOf}) to {@code to}
     * (default {@code from} + 120 days), as seen on {@code asOf} (default today).
     */
    @GET
    @Path("forecast")
    public Forecast forecast(@Context SecurityContext security, @QueryParam("asOf") String asOf,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("segment") String segment,
            @QueryParam("tier") String tier, @QueryParam("owner") String owner, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        LocalDate day = Params.date("asOf", asOf, LocalDate.now());
        LocalDate first = Params.date("from", from, day);
        if (first.isBefore(day)) {
            throw new BadParameterException("from", "from " + first + " is before asOf " + day
                    + ": contracts that ended already have an outcome (see GET /renewals)");
        }
        LocalDate last = Params.date("to", to, first.plusDays(FORECAST_DAYS));
        if (last.isBefore(first)) {
            throw new BadParameterException("to", "to " + last + " is before from " + first);
        }
        if (last.isAfter(first.plusDays(MAX_FORECAST_DAYS))) {
            throw new BadParameterException("to", "to " + last + " is more than " + MAX_FORECAST_DAYS
                    + " days after from " + first);
        }
        var paging = Paging.of(offset, limit);
        var filter = Params.accounts(segment, tier, owner);
        RenewalForecast forecast = forecasts.forecast(day, first, last,
                scopes.of(Caller.of(security)).narrow(filter));
        return new Forecast(forecast, paging.page(forecast.entries()));
    }
}
