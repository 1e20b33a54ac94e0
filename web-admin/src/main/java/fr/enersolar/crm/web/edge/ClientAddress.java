package fr.enersolar.crm.web.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/**
 * The address of the browser that sent the current request, as the application may trust it: the
 * socket peer, unless that peer is a configured trusted proxy ({@code CRM_TRUSTED_PROXIES}); then
 * the right-most {@code X-Forwarded-For} address no trusted proxy wrote (see {@link
 * TrustedProxies#clientOf}).
 */
@ApplicationScoped
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    @Inject HttpServletRequest request;
    @Inject EdgeConfiguration edge;

    /**
     * The client's IP address as text. Worked out at each call (one bean serves every request: a
     * request-scoped one was created for each request that asked, intake's included).
     */
    public String ip() {
        return edge.trustedProxies()
                .clientOf(
                        request.getRemoteAddr(),
                        Collections.list(request.getHeaders(FORWARDED_FOR)));
    }

    /** The browser's user agent, or empty. */
    public String userAgent() {
        String ua = request.getHeader("User-Agent");
        return ua == null ? "" : ua;
    }
}
