package fr.enersolar.crm.web.faces.auth;

import fr.enersolar.crm.application.auth.LoginOutcome;
import fr.enersolar.crm.application.auth.StaffAuthentication;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.security.AdminPage;
import fr.enersolar.crm.web.security.SessionCookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The login page: the same check as {@code POST /api/auth/login} ({@link StaffAuthentication}:
 * lockout after repeated failures, deactivated accounts refused after the password check) and the
 * same French messages; on success the session token goes into the {@link SessionCookie} and the
 * browser goes to the page it asked for, or the dashboard.
 */
@Named
@RequestScoped
public class LoginPage {

    /** A page of the application with an optional query, never another site. */
    private static final Pattern LOCAL_PAGE = Pattern.compile("/[a-z/]+\\.xhtml(\\?[^\\s#]*)?");

    @Inject StaffAuthentication authentication;
    @Inject ClientAddress client;
    @Inject Clock clock;

    private String email;
    private String password;
    private String next;
    private boolean loggedOut;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }

    /** Shows "you are logged out" after a logout (the page's view action). */
    public void welcome() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (loggedOut && !context.isPostback()) {
            Messages.info(context, "login.loggedOut");
        }
    }

    /** Checks the credentials; on success sets the cookie and leaves the page. */
    public String submit() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        char[] secret = password == null ? new char[0] : password.toCharArray();
        LoginOutcome outcome;
        try {
            outcome = authentication.login(email == null ? "" : email, secret, client.ip());
        } finally {
            Arrays.fill(secret, '\0');
            password = null;
        }
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            ExternalContext external = context.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            if (request.getSession(false) != null) {
                request.changeSessionId(); // no session fixation across the login
            }
            SessionCookie.issue(
                    request,
                    (HttpServletResponse) external.getResponse(),
                    in.token(),
                    clock.instant(),
                    in.expiresAt());
            external.redirect(external.getRequestContextPath() + target());
            context.responseComplete();
            return null;
        }
        if (outcome instanceof LoginOutcome.Deactivated) {
            Messages.error(context, "login.deactivated");
        } else if (outcome instanceof LoginOutcome.Locked locked) {
            long seconds =
                    Math.max(1, Duration.between(clock.instant(), locked.until()).toSeconds());
            Messages.error(context, "login.locked", Math.max(1, (seconds + 59) / 60));
        } else {
            Messages.error(context, "login.bad");
        }
        return null;
    }

    /** Where to go after login: the remembered page when it is one of ours, else the dashboard. */
    String target() {
        if (next != null && LOCAL_PAGE.matcher(next).matches()) {
            String view = next.contains("?") ? next.substring(0, next.indexOf('?')) : next;
            if (AdminPage.ofView(view).filter(p -> p != AdminPage.LOGIN).isPresent()) {
                return next;
            }
        }
        return AdminPage.DASHBOARD.view();
    }
}
