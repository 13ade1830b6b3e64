package org.accountsuccess.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

import javax.servlet.Filter;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The page's files (HTML, CSS, JavaScript, the chart library) from the bundle's {@code web/} folder at
 * {@value #BASE}. The REST API's longer path {@code /account-success/api/v1/*} wins over this one.
 * The page is served only while its security headers are: the reference on {@link SecurityHeaders}
 * keeps the servlet down when, say, a bad {@code frame.ancestors} keeps the filter down.
 */
@Component(service = Servlet.class, reference = @Reference(name = "securityHeaders", service = Filter.class,
        target = "(component.name=org.accountsuccess.web.SecurityHeaders)"))
@HttpWhiteboardServletName(StaticFiles.NAME)
@HttpWhiteboardServletPattern(StaticFiles.BASE + "/*")
public class StaticFiles extends HttpServlet {
    static final String NAME = "account-success-web";
    static final String BASE = "/account-success";
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "json", "application/json;charset=utf-8",
            "md", "text/plain;charset=utf-8",
            "svg", "image/svg+xml");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(request.getContextPath() + BASE + "/");
            return;
        }
        String file = path.equals("/") ? "/index.html" : path;
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        URL url = file.contains("..") || type == null ? null : StaticFiles.class.getResource("/web" + file);
        if (url == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-cache");
        try (InputStream in = url.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
