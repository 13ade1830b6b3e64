package org.accountsuccess.rest.access;

import java.util.Locale;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

import org.accountsuccess.rest.RestApplication;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Every answer of the API, errors included: never sniffed as another type, never kept in a cache
 * (the figures are a user's and change with the data), and with the time the server spent on it
 * from the first filter on ({@code Server-Timing: app;dur=<ms>}), so that a client can tell the
 * server's time from the network's.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JaxrsApplicationSelect(RestApplication.SELECT)
@PreMatching
public class ApiHeaders implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String STARTED = ApiHeaders.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        if (request.getProperty(STARTED) instanceof Long started) {
            response.getHeaders().putSingle("Server-Timing",
                    String.format(Locale.ROOT, "app;dur=%.3f", (System.nanoTime() - started) / 1e6));
        }
    }
}
