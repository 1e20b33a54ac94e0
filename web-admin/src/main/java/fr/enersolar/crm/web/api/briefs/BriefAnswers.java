package fr.enersolar.crm.web.api.briefs;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.brief.Briefs;
import fr.enersolar.crm.application.brief.SafeUrls;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.Function;

/**
 * What the brief endpoints share: the caller's base URL, and the answer to a brief or its absence.
 *
 * <p>The seed answered a missing LP, form or account with 200 {@code {error}} on two of its three
 * brief routes and with 404 on the third. Here all three answer <b>404</b>, with the seed's message
 * under both {@code detail} (this API's error key) and {@code error} (what the seed's clients
 * read): a success status for a failure hides it from every HTTP client and monitor.
 */
final class BriefAnswers {

    private BriefAnswers() {}

    /** The application's base URL as the caller reached it: the API's base without {@code api/}. */
    static String requestBase(UriInfo uri) {
        URI api = uri.getBaseUri();
        return api.resolve("..").toString();
    }

    /** True when {@code base} can be the scripts' API URL (an absolute http(s) URL). */
    static boolean usable(String base) {
        return SafeUrls.absoluteBase(base).isPresent();
    }

    static <T> Response answer(Briefs.Answer<T> answer, Function<T, JsonObject> json) {
        if (answer instanceof Briefs.Answer.Generated<T> generated) {
            return Response.ok(json.apply(generated.brief()), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        String error = ((Briefs.Answer.Missing<T>) answer).error();
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder().add("detail", error).add("error", error).build())
                .build();
    }

    /** 400 when the request's own URL cannot serve as the scripts' API URL (a forged Host). */
    static Response badHost() {
        return ErrorResponses.invalid(
                "Host", "L'adresse de la requête ne peut servir d'URL d'API (CRM_PUBLIC_URL)");
    }
}
