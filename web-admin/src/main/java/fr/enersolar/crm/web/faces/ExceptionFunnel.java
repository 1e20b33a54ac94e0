package fr.enersolar.crm.web.faces;

import fr.enersolar.crm.application.InvalidInputException;
import fr.enersolar.crm.application.NotFoundException;
import fr.enersolar.crm.application.RefusedException;
import fr.enersolar.crm.application.catalogue.CatalogueException;
import fr.enersolar.crm.web.faces.security.AccessDeniedException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * The one place where exceptions thrown by backing beans become what the staff see, so beans have
 * no try/catch: a refused action becomes an error message on the page (and a 403 status for a full
 * page request); a catalogue use case's refusal ({@code CatalogueException}) becomes its French
 * messages, field by field, and another service's refusal (bad field, broken rule, unknown entity)
 * an error message with its French reason; an expired view (the HTTP session timed out, or a
 * postback without this session's view state, such as a forged cross-site form) is not run but
 * reloaded with a GET, which goes through the login check again. Anything else goes on to the error
 * page.
 */
public class ExceptionFunnel extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ExceptionFunnel.class.getName());

    public ExceptionFunnel(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            AccessDeniedException denied = find(thrown, AccessDeniedException.class);
            if (denied != null) {
                events.remove();
                Messages.error(context, "error.denied", denied.getMessage());
                if (!context.getPartialViewContext().isAjaxRequest()) {
                    context.getExternalContext().setResponseStatus(403);
                }
                context.validationFailed();
                continue;
            }
            // --- Catalogue pages (issue 7): a catalogue use case's refusal ---
            CatalogueException refused = find(thrown, CatalogueException.class);
            if (refused != null) {
                events.remove();
                showRefusal(context, refused);
                continue;
            }
            // --- end of the catalogue pages ---
            // --- application refusals (ui-admin): the service's French reason as a message ---
            String refusal = refusal(thrown);
            if (refusal != null) {
                events.remove();
                Messages.error(context, "error.refused", refusal);
                context.validationFailed();
                continue;
            }
            // --- end of application refusals (ui-admin) ---
            if (find(thrown, ViewExpiredException.class) != null) {
                events.remove();
                reload(context);
            }
        }
        getWrapped().handle();
    }

    /**
     * A catalogue refusal (the same {@link CatalogueException} the API answers 400/403/404 with):
     * one message per refused field, or the refusal's message; the page stays as typed.
     */
    private static void showRefusal(FacesContext context, CatalogueException refused) {
        if (refused.kind() == CatalogueException.Kind.INVALID) {
            refused.problems()
                    .forEach(
                            p ->
                                    Messages.error(
                                            context,
                                            "catalogue.invalid",
                                            fieldLabel(context, p.field()),
                                            p.reason()));
        } else {
            Messages.error(context, "catalogue.refused", refused.getMessage());
        }
        if (!context.getPartialViewContext().isAjaxRequest()) {
            int status =
                    switch (refused.kind()) {
                        case NOT_FOUND -> 404;
                        case FORBIDDEN -> 403;
                        default -> 400;
                    };
            context.getExternalContext().setResponseStatus(status);
        }
        context.validationFailed();
    }

    /** The bundle's label of a field ({@code field.<name>}), else its JSON name. */
    private static String fieldLabel(FacesContext context, String field) {
        String text = Messages.text(context, "field." + field);
        return text.equals("field." + field) ? field : text;
    }

    private static void reload(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        String view = context.getViewRoot() == null ? null : context.getViewRoot().getViewId();
        String target =
                external.getRequestContextPath()
                        + (view != null ? view : external.getRequestServletPath());
        LOG.fine(() -> "expired view, reloading " + target);
        try {
            external.redirect(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /**
     * The reason of an application service's refusal (a bad field, a broken rule, an unknown
     * entity), else null.
     */
    private static String refusal(Throwable thrown) {
        InvalidInputException invalid = find(thrown, InvalidInputException.class);
        if (invalid != null) {
            return invalid.field() + " : " + invalid.reason();
        }
        RefusedException refused = find(thrown, RefusedException.class);
        if (refused != null) {
            return refused.getMessage();
        }
        NotFoundException missing = find(thrown, NotFoundException.class);
        return missing == null ? null : missing.getMessage();
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
