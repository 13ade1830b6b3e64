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

import org.accountsuccess.api.drivers.DriverImpact;
import org.accountsuccess.api.drivers.DriverReport;
import org.accountsuccess.api.drivers.DriverService;
import org.accountsuccess.api.topics.TopicService;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Revenue-weighted drivers of the responses of the caller's accounts (default window: the 365 days
 * to today); with {@code topic}, of only the responses whose comments mention that topic.
 */
@Component(service = DriversResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("drivers")
@Produces(MediaType.APPLICATION_JSON)
public class DriversResource {
    /**
     * The report's window, currency and response counts at the top level, and one page of each ranking.
     *
     * @param byDetractorMentions the drivers by detractor mentions descending
     * @param byArrAtStake the drivers by ARR at stake descending
     */
    public record Drivers(
            @JsonUnwrapped @JsonIgnoreProperties({"byDetractorMentions", "byArrAtStake"}) DriverReport report,
            Page<DriverImpact> byDetractorMentions, Page<DriverImpact> byArrAtStake) {
        static Drivers of(DriverReport report, Paging paging) {
            return new Drivers(report, paging.page(report.byDetractorMentions()), paging.page(report.byArrAtStake()));
        }
    }

    private final DriverService drivers;
    private final TopicService topics;
    private final AccountScopes scopes;

    @Activate
    public DriversResource(@Reference DriverService drivers, @Reference TopicService topics,
            @Reference AccountScopes scopes) {
        this.drivers = drivers;
        this.topics = topics;
        this.scopes = scopes;
    }

    @GET
    public Drivers drivers(@Context SecurityContext security, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("segment") String segment, @QueryParam("tier") String tier,
            @QueryParam("owner") String owner, @QueryParam("topic") String topic, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        var window = Params.window(from, to, LocalDate.now());
        var paging = Paging.of(offset, limit);
        var filter = scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
        String key = Params.topic("topic", topic);
        return Drivers.of(key == null ? drivers.drivers(window, filter) : topics.topicDrivers(window, filter, key), paging);
    }
}
