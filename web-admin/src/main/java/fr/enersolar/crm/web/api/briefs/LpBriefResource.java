package fr.enersolar.crm.web.api.briefs;

import fr.enersolar.crm.application.brief.Briefs;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code GET /api/lps/{id}/brief}: the developer kit of a landing page and its form (SPEC-seed
 * §14.1), for staff who may open landing pages. The scripts carry the v1 intake key, publishable by
 * design. Unlike the seed, a missing LP, linked form or account is a 404 (see {@link
 * BriefAnswers}), and the scripts escape every value staff typed (see {@code BriefGenerator}).
 */
@Path("lps/{id}/brief")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LpBriefResource {

    @Inject Briefs briefs;
    @Context UriInfo uri;

    /** The LP by id (or code); 404 {@code LP non trouvée}, {@code Form lié non trouvé}… */
    @GET
    @Requires(Section.LPS)
    public Response brief(@PathParam("id") String id) {
        String base = BriefAnswers.requestBase(uri);
        if (briefs.publicUrl().isEmpty() && !BriefAnswers.usable(base)) {
            return BriefAnswers.badHost();
        }
        return BriefAnswers.answer(briefs.forLp(id, base), BriefJson::lp);
    }
}
