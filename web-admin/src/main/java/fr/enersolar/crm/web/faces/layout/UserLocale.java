package fr.enersolar.crm.web.faces.layout;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the admin UI for this browser session: French unless the staff member switches to
 * English (the staff speak French, PRODUCT.md; the browser's language is not followed).
 */
@Named("userLocale")
@SessionScoped
public class UserLocale implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The language of a browser that has not chosen one. */
    public static final Locale DEFAULT = Locale.FRENCH;

    private Locale locale = DEFAULT;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches to {@code fr} or {@code en} and shows the same page again, with its parameters. */
    public String switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : DEFAULT;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
