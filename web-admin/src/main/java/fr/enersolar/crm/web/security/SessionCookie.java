package fr.enersolar.crm.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The admin UI's login cookie: it carries the same opaque session token as the API's bearer header,
 * {@code HttpOnly} (page scripts cannot read it), {@code SameSite=Strict} (a browser never sends it
 * with a request started by another site, which is the UI's first defence against cross-site
 * request forgery) and {@code Secure} when the page came over HTTPS. It is accepted on the UI's
 * pages only: the JSON API keeps requiring the {@code Authorization} header, so a cookie can never
 * authorise an API call (see {@link BearerAuthenticationMechanism}).
 */
public final class SessionCookie {

    /** The cookie's name. */
    public static final String NAME = "crm_session";

    private SessionCookie() {}

    /** The token the browser sent, if any. */
    public static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())
                    && cookie.getValue() != null
                    && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** Sets the cookie for a new session, until the session expires. */
    public static void issue(
            HttpServletRequest request,
            HttpServletResponse response,
            String token,
            Instant now,
            Instant expires) {
        long seconds = Math.max(1, Duration.between(now, expires).toSeconds());
        response.addCookie(cookie(request, token, (int) Math.min(seconds, Integer.MAX_VALUE)));
    }

    /** Tells the browser to forget the cookie. */
    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    /** Whether the request carries the cookie at all (valid or not). */
    public static boolean present(HttpServletRequest request) {
        return read(request).isPresent();
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(NAME, value);
        String context = request.getContextPath();
        cookie.setPath(context == null || context.isEmpty() ? "/" : context);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }
}
