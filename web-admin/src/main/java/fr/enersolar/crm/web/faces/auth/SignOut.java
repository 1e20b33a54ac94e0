package fr.enersolar.crm.web.faces.auth;

import fr.enersolar.crm.application.auth.StaffAuthentication;
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

/**
 * The layout's logout button (a postback, so it carries the view state): ends the stored session
 * (the token stops working at once, for the API too), forgets the cookie and the HTTP session, and
 * shows the login page.
 */
@Named
@RequestScoped
public class SignOut {

    @Inject StaffAuthentication authentication;

    public String logout() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SessionCookie.read(request).ifPresent(authentication::logout);
        SessionCookie.clear(request, (HttpServletResponse) external.getResponse());
        external.invalidateSession();
        external.redirect(
                external.getRequestContextPath() + AdminPage.LOGIN.view() + "?logout=true");
        context.responseComplete();
        return null;
    }
}
