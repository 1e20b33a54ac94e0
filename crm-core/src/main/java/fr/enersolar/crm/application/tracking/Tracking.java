package fr.enersolar.crm.application.tracking;

import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.LiaisonCode;
import fr.enersolar.crm.domain.model.lp.LpCode;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * Records the funnel events the landing-page and form scripts send (SPEC-seed §13), each in a
 * visitor session: the one the browser sends back, or a new one when it sends none or an unknown
 * one. An event naming a page that does not exist is refused, not an error: deployed scripts only
 * log it.
 */
public interface Tracking {

    /** A landing page was displayed. Refused when no LP has this code. */
    TrackingOutcome lpVisit(@NotNull LpCode lp, @NotNull TrackingContext context);

    /**
     * The landing page's call to action was clicked, towards {@code form} when the script names it
     * (recorded as given, not checked). Refused when no LP has this code.
     */
    TrackingOutcome ctaClick(
            @NotNull LpCode lp, @NotNull Optional<FormCode> form, @NotNull TrackingContext context);

    /**
     * A visitor started filling a form, coming from {@code lp} when known. The liaison code is the
     * one the page carried, else derived from the LP. Refused when no form has this code.
     */
    TrackingOutcome formStart(
            @NotNull FormCode form,
            @NotNull Optional<LpCode> lp,
            @NotNull Optional<LiaisonCode> liaison,
            @NotNull TrackingContext context);
}
