package org.accountsuccess.rest.access;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Response;

import org.accountsuccess.rest.RestApplication;
import org.accountsuccess.rest.problem.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.metatype.annotations.Designate;

/**
 * No cross-site writes: a state-changing request (anything but GET, HEAD and OPTIONS) must carry
 * the header {@value #HEADER} (any value) or a bearer token, neither of which a page on another
 * site can send without a CORS preflight this API never grants, and its {@code Origin} (or, without one, its
 * {@code Referer}) must be the API's own origin or one of {@code allowed.origins}. The product's
 * page and scripts send the header; a browser that still holds a Basic login cannot be made to
 * write by another site.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = SecurityConfiguration.PID)
@Designate(ocd = SecurityConfiguration.class)
@JaxrsExtension
@JaxrsApplicationSelect(RestApplication.SELECT)
@PreMatching
public class CrossSiteGuard implements ContainerRequestFilter {
    /** The header a write must carry. */
    public static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private volatile Set<String> allowedOrigins;

    @Activate
    public CrossSiteGuard(SecurityConfiguration config) {
        configure(config);
    }

    @Modified
    void configure(SecurityConfiguration config) {
        allowedOrigins = Arrays.stream(config.allowed_origins()).map(String::strip).filter(o -> !o.isEmpty())
                .map(o -> origin(o, "allowed.origins")).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        String refused = refusal(request);
        if (refused != null) {
            Audit.LOG.warn("Cross-site write refused: {} {} ({})", request.getMethod(), request.getUriInfo().getPath(),
                    refused);
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, refused).response());
        }
    }

    /** Why the request may not write, or {@code null} when it may. */
    String refusal(ContainerRequestContext request) {
        String header = request.getHeaderString(HEADER);
        boolean bearer = Authentication.bearer(request.getHeaderString("Authorization")).isPresent();
        if (!bearer && (header == null || header.isBlank())) {
            return "a state-changing request needs the header " + HEADER + " (any value) or a bearer token, which"
                    + " the product's page and scripts send and another site's page cannot";
        }
        String own = origin(request.getUriInfo().getBaseUri().toString(), "the request");
        String from = request.getHeaderString("Origin");
        String source = "Origin";
        if (from == null || from.isBlank() || from.equals("null")) {
            from = request.getHeaderString("Referer");
            source = "Referer";
        }
        if (from == null || from.isBlank()) {
            return null; // not a browser's request: scripts send neither
        }
        String claimed;
        try {
            claimed = origin(from, source);
        } catch (IllegalArgumentException e) {
            return source + " '" + from + "' is not an origin";
        }
        return claimed.equals(own) || allowedOrigins.contains(claimed) ? null
                : "a state-changing request from " + claimed + " (" + source + ") is not allowed: only " + own
                        + (allowedOrigins.isEmpty() ? "" : " and " + String.join(", ", allowedOrigins))
                        + " (allowed.origins in etc/" + SecurityConfiguration.PID + ".cfg)";
    }

    /** scheme://host[:port] of {@code uri}, lower case, without a default port. */
    static String origin(String uri, String what) {
        URI parsed;
        try {
            parsed = URI.create(uri.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": '" + uri + "' is not a URI", e);
        }
        String scheme = parsed.getScheme();
        if (scheme == null || parsed.getHost() == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException(what + ": '" + uri + "' is not an http(s) origin such as https://crm.example.com");
        }
        int port = parsed.getPort();
        boolean defaultPort = port == -1 || scheme.equalsIgnoreCase("http") && port == 80
                || scheme.equalsIgnoreCase("https") && port == 443;
        return scheme.toLowerCase(Locale.ROOT) + "://" + parsed.getHost().toLowerCase(Locale.ROOT)
                + (defaultPort ? "" : ":" + port);
    }
}
