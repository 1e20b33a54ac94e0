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
 * {@code GET /api/forms/{form_id}/brief} (the route the seed's admin UI used): the developer kit of
 * a form (SPEC-seed §14.2), for staff who may open forms; 404 {@code Formulaire non trouvé}. The
 * path variable cannot be {@code public} or {@code config}, so {@code /api/forms/public/brief}
 * stays the public form endpoint's (a 404 there, not a 401 here).
 */
@Path("forms/{form_id: (?!(?:public|config|brief)(?:/|$))[^/]+}/brief")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FormBriefResource {

    @Inject Briefs briefs;
    @Context UriInfo uri;

    @GET
    @Requires(Section.FORMS)
    public Response brief(@PathParam("form_id") String formId) {
        return FormBriefResource.answer(briefs, uri, formId);
    }

    static Response answer(Briefs briefs, UriInfo uri, String formId) {
        String base = BriefAnswers.requestBase(uri);
        if (briefs.publicUrl().isEmpty() && !BriefAnswers.usable(base)) {
            return BriefAnswers.badHost();
        }
        return BriefAnswers.answer(briefs.forForm(formId, base), BriefJson::form);
    }
}
