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

import org.accountsuccess.api.scorecard.AccountScorecard;
import org.accountsuccess.api.scorecard.AccountScorecardService;
import org.accountsuccess.api.stakeholder.RoleCoverage;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The coverage report: for each of the caller's accounts, whether each role has enough engaged contacts. */
@Component(service = CoverageResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("coverage")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {
    /**
     * One account's coverage.
     *
     * @param warning what is missing, such as "missing 1 A (decision maker)"; empty when sufficient
     */
    public record AccountCoverage(String id, String name, String owner, int tier, boolean sufficient,
            String warning, List<RoleCoverage> roles) {
        static AccountCoverage of(AccountScorecard s) {
            return new AccountCoverage(s.account().id(), s.account().name(), s.account().owner(),
                    s.account().tier(), s.coverage().sufficient(), s.coverage().warning(), s.coverage().roles());
        }
    }

    private final AccountScorecardService scorecards;
    private final AccountScopes scopes;

    @Activate
    public CoverageResource(@Reference AccountScorecardService scorecards, @Reference AccountScopes scopes) {
        this.scorecards = scorecards;
        this.scopes = scopes;
    }

    /** Every visible account by id, or with {@code insufficient=true} only those short of contacts. */
    @GET
    public Page<AccountCoverage> coverage(@Context SecurityContext security, @QueryParam("asOf") String asOf,
            @QueryParam("segment") String segment, @QueryParam("tier") String tier, @QueryParam("owner") String owner,
            @QueryParam("insufficient") String insufficient, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        LocalDate day = Params.date("asOf", asOf, LocalDate.now());
        boolean onlyShort = Params.flag("insufficient", insufficient);
        var paging = Paging.of(offset, limit);
        var filter = scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
        List<AccountCoverage> rows = scorecards.scorecards(filter, day).stream()
                .filter(s -> !onlyShort || !s.coverage().sufficient()).map(AccountCoverage::of).toList();
        return paging.page(rows);
    }
}
