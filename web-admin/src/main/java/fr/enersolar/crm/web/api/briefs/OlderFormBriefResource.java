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
 * {@code GET /api/forms/brief/{form_id}}: the seed's older route to the same form brief as {@link
 * FormBriefResource}, with the same answers (404 where the seed said 200 {@code {error}}).
 */
@Path("forms/brief/{form_id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OlderFormBriefResource {

    @Inject Briefs briefs;
    @Context UriInfo uri;

    @GET
    @Requires(Section.FORMS)
    public Response brief(@PathParam("form_id") String formId) {
        return FormBriefResource.answer(briefs, uri, formId);
    }
}
