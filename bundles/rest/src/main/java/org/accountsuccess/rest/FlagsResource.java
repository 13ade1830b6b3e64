package org.accountsuccess.rest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.scorecard.AccountScorecardService;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.problem.BadParameterException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Every visible account's failed checks in one compact answer (by account id), for an integrator
 * who copies them into the CRM's own fields, or a lead who wants the accounts with one flag. The
 * checks are the scorecards' ({@code coverage}, {@code gap}, {@code over-contact}), so a page of
 * up to {@value #MAX_LIMIT} rows costs one cached portfolio computation.
 */
@Component(service = FlagsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagsResource {
    static final int DEFAULT_LIMIT = 1_000;
    static final int MAX_LIMIT = 20_000;
    static final List<String> FLAGS = List.of("coverage", "gap", "over-contact");

    private final AccountScorecardService scorecards;
    private final AccountScopes scopes;

    /**
     * One account's failed checks.
     *
     * @param id the account id
     * @param flags the failed checks, in the order coverage, gap, over-contact; empty when none failed
     */
    public record AccountFlags(String id, List<String> flags) {
        public AccountFlags {
            flags = List.copyOf(flags);
        }
    }

    @Activate
    public FlagsResource(@Reference AccountScorecardService scorecards, @Reference AccountScopes scopes) {
        this.scorecards = scorecards;
        this.scopes = scopes;
    }

    @GET
    public Page<AccountFlags> flags(@Context SecurityContext security, @QueryParam("owner") String owner,
            @QueryParam("segment") String segment, @QueryParam("tier") String tier, @QueryParam("flag") String flag,
            @QueryParam("asOf") String asOf, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        if (flag != null && !flag.isBlank() && !FLAGS.contains(flag.strip())) {
            throw new BadParameterException("flag", "flag: '" + flag + "' is not one of " + String.join(", ", FLAGS));
        }
        String wanted = flag == null || flag.isBlank() ? null : flag.strip();
        Paging paging = new Paging(Params.offset(offset), Params.range("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
        LocalDate day = Params.date("asOf", asOf, LocalDate.now());
        AccountFilter filter = scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
        List<AccountFlags> rows = scorecards.scorecards(filter, day).stream()
                .map(s -> new AccountFlags(s.account().id(), s.flags()))
                .filter(f -> wanted == null || f.flags().contains(wanted))
                .sorted(Comparator.comparing(AccountFlags::id)).toList();
        return paging.page(rows);
    }
}
