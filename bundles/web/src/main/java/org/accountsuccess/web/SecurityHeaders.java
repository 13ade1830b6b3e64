package org.accountsuccess.web;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterServlet;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Adds the Content-Security-Policy (no inline script, no plug-ins, only the configured frame
 * ancestors) and {@code X-Content-Type-Options: nosniff} to every answer of the page's files.
 */
@Component(service = Filter.class, configurationPid = SecurityHeaders.PID)
@Designate(ocd = SecurityHeaders.Config.class)
@HttpWhiteboardFilterServlet(StaticFiles.NAME)
public class SecurityHeaders implements Filter {
    static final String PID = "org.accountsuccess.web";

    @ObjectClassDefinition(id = PID, name = "Account Success web page",
            description = "Who may show the web page in a frame.")
    public @interface Config {
        @AttributeDefinition(name = "frame.ancestors", description = "The CSP frame-ancestors sources, separated by"
                + " spaces: 'self', 'none', or origins such as https://crm.example.com.")
        String frame_ancestors() default "'self'";
    }

    private volatile String policy;

    @Activate
    @Modified
    void configure(Config config) {
        policy = policy(config.frame_ancestors());
    }

    /** The policy for the given frame-ancestors sources; refuses a value that would end the directive. */
    static String policy(String frameAncestors) {
        String sources = frameAncestors.strip();
        if (sources.isEmpty() || sources.contains(";") || sources.contains(",") || sources.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("frame.ancestors: '" + frameAncestors
                    + "' must be CSP sources separated by spaces, such as 'self' https://crm.example.com");
        }
        return "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors "
                + sources;
    }

    @Override
    public void init(FilterConfig filterConfig) {
        // The policy comes from the configuration, not from the filter's init parameters.
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Content-Security-Policy", policy);
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }

    @Override
    public void destroy() {
        // Nothing held.
    }
}
