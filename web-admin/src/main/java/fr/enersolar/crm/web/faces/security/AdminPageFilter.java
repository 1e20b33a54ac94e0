package fr.enersolar.crm.web.faces.security;

import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.SessionCookie;
import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The admin UI's gate, in front of every request to the Faces servlet (GETs and postbacks alike): a
 * page not listed in {@link AdminPage} is not found; a page that needs a staff member redirects an
 * anonymous browser to the login page (remembering where it was going) and answers 403 to a staff
 * member whose sections or role do not allow it. Faces resources (style sheets, scripts) are
 * public. Every page answer is marked not cacheable and not frameable.
 */
@WebFilter(
        filterName = "AdminPageFilter",
        servletNames = "FacesServlet",
        dispatcherTypes = DispatcherType.REQUEST)
public class AdminPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Where a page redirects after login: this parameter of the login page. */
    public static final String NEXT = "next";

    @Inject CurrentStaff staff;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AdminPage> page =
                request.getPathInfo() == null ? AdminPage.ofView(path) : Optional.empty();
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        protect(response);
        Optional<StaffIdentity> caller = staff.identity();
        if (page.get() == AdminPage.LOGIN) {
            if (caller.isPresent() && "GET".equals(request.getMethod())) {
                response.sendRedirect(request.getContextPath() + AdminPage.DASHBOARD.view());
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (caller.isEmpty()) {
            if (SessionCookie.present(request)) {
                SessionCookie.clear(request, response); // expired, logged out or deactivated
            }
            redirect(request, response, loginUrl(request));
            return;
        }
        if (!page.get().permission().allows(caller.get())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void protect(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    /** The login page, with the page asked for (a GET's path and query) to come back to. */
    private static String loginUrl(HttpServletRequest request) {
        String login = request.getContextPath() + AdminPage.LOGIN.view();
        if (!"GET".equals(request.getMethod())) {
            return login;
        }
        String target = request.getServletPath();
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return login + "?" + NEXT + "=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    /** A redirect the browser follows, also for a Faces ajax request (a partial response). */
    private static void redirect(
            HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect"
                                    + " url=\""
                                    + url.replace("&", "&amp;").replace("\"", "&quot;")
                                    + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(url);
    }
}
