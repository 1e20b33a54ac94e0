package fr.enersolar.crm.web.edge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the browser that sent the current request, as the application may trust it. For
 * now the socket peer; proxies' {@code X-Forwarded-For} is honoured only from configured proxies.
 */
@RequestScoped
public class ClientAddress {

    @Inject HttpServletRequest request;

    /** The client's IP address as text. */
    public String ip() {
        return request.getRemoteAddr();
    }

    /** The browser's user agent, or empty. */
    public String userAgent() {
        String ua = request.getHeader("User-Agent");
        return ua == null ? "" : ua;
    }
}
