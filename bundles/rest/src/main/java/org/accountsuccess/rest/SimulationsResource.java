package org.accountsuccess.rest;

import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.api.simulation.RevenueSimulator;
import org.accountsuccess.api.simulation.SimulationResult;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Runs a revenue scenario over the caller's accounts, such as
 * {@code {"asOf":"2026-11-15","moves":[{"from":"detractor","to":"passive","share":0.25}]}}. Nothing
 * is stored: the answer is computed and returned.
 */
@Component(service = SimulationsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("simulations")
@Produces(MediaType.APPLICATION_JSON)
public class SimulationsResource {
    private final RevenueSimulator simulator;
    private final AccountScopes scopes;

    @Activate
    public SimulationsResource(@Reference RevenueSimulator simulator, @Reference AccountScopes scopes) {
        this.simulator = simulator;
        this.scopes = scopes;
    }

    /** A malformed body is a 400 naming the field ({@code moves[0].share}), or {@code body} when it is not JSON. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public SimulationResult simulate(@Context SecurityContext security, @QueryParam("segment") String segment,
            @QueryParam("tier") String tier, @QueryParam("owner") String owner, InputStream body) throws IOException {
        var filter = scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
        return simulator.simulate(ScenarioJson.read(body), filter);
    }
}
