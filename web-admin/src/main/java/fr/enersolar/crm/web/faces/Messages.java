package fr.enersolar.crm.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text from the UI's resource bundle ({@code msg} in pages) in the view's language, and the
 * messages shown at the top of a page.
 */
public final class Messages {

    /** The bundle's name in {@code faces-config.xml}. */
    public static final String BUNDLE_VAR = "msg";

    private Messages() {}

    /** The text of {@code key}, with {@code {0}}… replaced by {@code arguments}. */
    public static String text(FacesContext context, String key, Object... arguments) {
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, BUNDLE_VAR);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    /** Adds an error message for the whole page. */
    public static void error(FacesContext context, String key, Object... arguments) {
        add(context, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** Adds an information message for the whole page. */
    public static void info(FacesContext context, String key, Object... arguments) {
        add(context, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void add(
            FacesContext context, FacesMessage.Severity severity, String key, Object... args) {
        String text = text(context, key, args);
        context.addMessage(null, new FacesMessage(severity, text, text));
    }
}
