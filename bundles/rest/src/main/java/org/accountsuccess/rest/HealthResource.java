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
import org.accountsuccess.api.health.HealthBacktest;
import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.problem.AccessDeniedException;
import org.accountsuccess.rest.problem.BadParameterException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The backtest of the health score's weights, over every account: for admins and managers. */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    private final HealthService health;

    @Activate
    public HealthResource(@Reference HealthService health) {
        this.health = health;
    }

    @GET
    @Path("backtest")
    public HealthBacktest backtest(@Context SecurityContext security, @QueryParam("asOf") String asOf,
            @QueryParam("until") String until) {
        if (!Caller.of(security).seesAllAccounts()) {
            throw new AccessDeniedException("only admins and managers may run the health backtest");
        }
        LocalDate today = LocalDate.now();
        LocalDate day = Params.date("asOf", asOf, null);
        if (day == null) {
            throw new BadParameterException("asOf", "asOf is required: the past day the scores are computed for");
        }
        LocalDate end = Params.date("until", until, day.plusDays(365));
        if (!end.isAfter(day)) {
            throw new BadParameterException("until", "until " + end + " is not after asOf " + day);
        }
        if (end.isAfter(today)) {
            throw new BadParameterException(until == null ? "asOf" : "until", "until " + end + " is after today ("
                    + today + "): the outcomes are not known yet; pick an earlier asOf or until");
        }
        return health.backtest(day, end, AccountFilter.ALL);
    }
}
