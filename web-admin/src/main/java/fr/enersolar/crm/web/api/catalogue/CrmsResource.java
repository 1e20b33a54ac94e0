package fr.enersolar.crm.web.api.catalogue;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.catalogue.Caller;
import fr.enersolar.crm.application.catalogue.Crms;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.AnyStaff;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/crms} (SPEC-seed §5.3). Any logged-in staff member may read the CRMs (the admin UI's
 * "CRM actif" selector and the account forms need them; they hold no secret); changes are for
 * administrators of the settings section. {@code POST /init} answers the CRMs it created (the
 * seed's answer failed after the write).
 */
@Path("crms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CrmsResource {

    @Inject Crms crms;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @GET
    @AnyStaff
    public JsonObject list() {
        List<Crm> all = crms.list();
        return JSON.createObjectBuilder().add("crms", array(all)).add("count", all.size()).build();
    }

    @GET
    @Path("{id}")
    @AnyStaff
    public JsonObject get(@PathParam("id") String id) {
        return CatalogueJson.crm(crms.get(id)).build();
    }

    @POST
    @Path("init")
    @Requires(value = Section.SETTINGS, access = Access.ADMIN)
    public JsonObject init() {
        Crms.InitOutcome outcome = crms.init(caller());
        if (outcome instanceof Crms.InitOutcome.Created created) {
            return JSON.createObjectBuilder()
                    .add("success", true)
                    .add("crms", array(created.crms()))
                    .build();
        }
        return JSON.createObjectBuilder()
                .add("success", false)
                .add("message", "CRMs déjà initialisés")
                .add("count", ((Crms.InitOutcome.AlreadyDone) outcome).count())
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.SETTINGS, access = Access.ADMIN)
    public JsonObject update(@PathParam("id") String id, String body) {
        JsonObject object = CatalogueInput.object(body);
        JsonValue commandes = object.get("commandes");
        Optional<Map<String, List<String>>> legacy =
                commandes == null || commandes.getValueType() == JsonValue.ValueType.NULL
                        ? Optional.empty()
                        : Optional.of(CatalogueInput.textLists(commandes, "commandes"));
        Crm crm =
                crms.update(
                        caller(),
                        id,
                        CatalogueInput.read(
                                body, Set.of("name", "api_url", "description"), Set.of(), Set.of()),
                        legacy);
        return JSON.createObjectBuilder()
                .add("success", true)
                .add("crm", CatalogueJson.crm(crm))
                .build();
    }

    /** The legacy commandes map, sent as the whole body (stored and shown, unused by routing). */
    @PUT
    @Path("{id}/commandes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.SETTINGS, access = Access.ADMIN)
    public JsonObject legacyCommandes(@PathParam("id") String id, String body) {
        Map<String, List<String>> commandes =
                CatalogueInput.textLists(CatalogueInput.object(body), "body");
        return JSON.createObjectBuilder()
                .add("success", true)
                .add(
                        "commandes",
                        CatalogueJson.legacyCommandes(
                                crms.replaceLegacyCommandes(caller(), id, commandes)))
                .build();
    }

    private static JsonArrayBuilder array(List<Crm> list) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        list.forEach(c -> array.add(CatalogueJson.crm(c)));
        return array;
    }

    private Caller caller() {
        return new Caller(staff.require(), client.ip());
    }
}
