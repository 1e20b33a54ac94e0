package fr.enersolar.crm.web.faces.layout;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view starts in the language of {@link UserLocale} (French unless switched), not the one the
 * browser's {@code Accept-Language} prefers, so messages made before rendering (view actions, login
 * errors) are in the page's language too. Declared in {@code faces-config.xml}.
 */
public class UserLocaleViewHandler extends ViewHandlerWrapper {

    public UserLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getSession(false) == null) {
            // No session yet (an error page, a first visit): French, without opening one.
            return UserLocale.DEFAULT;
        }
        return CDI.current().select(UserLocale.class).get().getLocale();
    }
}
