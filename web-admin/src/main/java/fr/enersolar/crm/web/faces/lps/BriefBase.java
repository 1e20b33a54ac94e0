package fr.enersolar.crm.web.faces.lps;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The application's base URL as the staff member's browser reached it, for the briefs' scripts. */
final class BriefBase {

    private BriefBase() {}

    /** {@code http://host:port/crm/}: the request's URL up to the context path. */
    static String of(FacesContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        StringBuffer url = request.getRequestURL();
        String path = request.getRequestURI();
        String origin = url.substring(0, url.length() - path.length());
        return origin + request.getContextPath() + "/";
    }
}
