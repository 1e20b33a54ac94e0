package fr.enersolar.crm.web.api.commandes;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.commandes.CommandeAdministration;
import fr.enersolar.crm.application.commandes.CommandeAdministration.CommandeView;
import fr.enersolar.crm.application.commandes.CommandeAdministration.Created;
import fr.enersolar.crm.application.commandes.CommandeInput;
import fr.enersolar.crm.application.common.Outcome;
import fr.enersolar.crm.domain.model.commande.Commande;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.Departements;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.api.json.JsonFields;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * {@code /api/commandes} (SPEC-seed §5.3 "Commandes"): the seed's paths, keys and messages. Reads
 * need the commandes section; writes need it with a role that may write (the seed's "B").
 *
 * <p>What differs from the seed: {@code prix_unitaire} is euros in JSON as in the seed but stored
 * as cents (so at most two decimals; {@code prix_unitaire_cents} is answered too); caps {@code
 * cap_per_day} and {@code cap_per_week} ({@code null} or {@code 0} = unlimited); the product is
 * checked on update as well; départements are the canonical 96 codes (2A and 2B, not 20); an empty
 * département list is refused; 400 answers name the field ({@code {"detail": [{"field",
 * "reason"}]}}, the reason being the seed's message).
 */
@Path("commandes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommandesResource {

    private static final BigDecimal MAX_EUROS = new BigDecimal("1000000");

    @Inject CommandeAdministration administration;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @GET
    @Requires(Section.COMMANDES)
    public Response list(@QueryParam("crm_id") String crmId) {
        List<CommandeView> views =
                administration.list(Optional.ofNullable(crmId).filter(id -> !id.isBlank()));
        JsonArrayBuilder items = JSON.createArrayBuilder();
        views.forEach(v -> items.add(json(v)));
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("commandes", items)
                                .add("count", views.size())
                                .build())
                .build();
    }

    @GET
    @Path("check")
    @Requires(Section.COMMANDES)
    public Response check(
            @QueryParam("crm_id") String crmId,
            @QueryParam("product_type") String productType,
            @QueryParam("departement") String departement) {
        for (String[] p :
                new String[][] {
                    {"crm_id", crmId}, {"product_type", productType}, {"departement", departement}
                }) {
            if (p[1] == null || p[1].isBlank()) {
                return ErrorResponses.invalid(p[0], "champ requis");
            }
        }
        Outcome<Boolean> outcome = administration.check(crmId, productType, departement);
        return answer(
                outcome,
                has ->
                        JSON.createObjectBuilder()
                                .add("has_commande", has)
                                .add("crm_id", crmId)
                                .add("product_type", productType)
                                .add("departement", departement)
                                .build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.COMMANDES, access = Access.WRITE)
    public Response create(String raw) {
        JsonFields body = JsonFields.parse(raw);
        if (!body.has("crm_id") && body.problems().isEmpty()) {
            body.problem("crm_id", "champ requis");
        }
        CommandeInput input = input(body);
        if (body.problems().isPresent()) {
            return body.problems().get();
        }
        return answer(
                administration.create(staff.require().actor(), client.ip(), input),
                view -> success().add("commande", json(view)).build());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.COMMANDES, access = Access.WRITE)
    public Response update(@PathParam("id") String id, String raw) {
        JsonFields body = JsonFields.parse(raw);
        CommandeInput input = input(body);
        if (body.problems().isPresent()) {
            return body.problems().get();
        }
        CommandeInput withoutCrm =
                new CommandeInput(
                        Optional.empty(),
                        input.productType(),
                        input.departements(),
                        input.active(),
                        input.unitPriceCents(),
                        input.capPerDay(),
                        input.capPerWeek(),
                        input.notes());
        return answer(
                administration.update(staff.require().actor(), client.ip(), id, withoutCrm),
                view -> success().add("commande", json(view)).build());
    }

    @DELETE
    @Path("{id}")
    @Requires(value = Section.COMMANDES, access = Access.WRITE)
    public Response delete(@PathParam("id") String id) {
        return answer(
                administration.delete(staff.require().actor(), client.ip(), id),
                deleted -> success().add("deleted_id", deleted).build());
    }

    @POST
    @Path("init-defaults")
    @Requires(value = Section.COMMANDES, access = Access.WRITE)
    public Response initDefaults() {
        return answer(
                administration.initDefaults(staff.require().actor(), client.ip()),
                created -> {
                    JsonArrayBuilder items = JSON.createArrayBuilder();
                    for (Created c : created) {
                        items.add(
                                JSON.createObjectBuilder()
                                        .add("crm", c.crm())
                                        .add("commande_id", c.commandeId()));
                    }
                    return success()
                            .add("message", created.size() + " commandes créées")
                            .add("created", items)
                            .build();
                });
    }

    @GET
    @Path("departements")
    @Requires(Section.COMMANDES)
    public Response departements() {
        JsonArrayBuilder codes = JSON.createArrayBuilder();
        List<Departement> all = Departements.metropolitan();
        all.forEach(d -> codes.add(d.code()));
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("departements", codes)
                                .add("count", all.size())
                                .add("note", "Métropole uniquement (01-95), la Corse en 2A et 2B")
                                .build())
                .build();
    }

    @GET
    @Path("products")
    @Requires(Section.COMMANDES)
    public Response products() {
        JsonArrayBuilder products = JSON.createArrayBuilder();
        for (ProductType p : ProductType.values()) {
            products.add(p.name());
        }
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("products", products)
                                .add("wildcard", "*")
                                .build())
                .build();
    }

    /** Reads every field the seed accepts, recording type problems in {@code body}. */
    private static CommandeInput input(JsonFields body) {
        Optional<String> crmId = body.text("crm_id");
        Optional<String> product = body.text("product_type");
        Optional<List<String>> departements = body.texts("departements");
        Optional<Boolean> active = body.bool("active");
        Optional<Long> cents = body.decimal("prix_unitaire").flatMap(e -> cents(body, e));
        Optional<OptionalInt> day = body.nullableInt("cap_per_day");
        Optional<OptionalInt> week = body.nullableInt("cap_per_week");
        Optional<String> notes = body.text("notes");
        return new CommandeInput(crmId, product, departements, active, cents, day, week, notes);
    }

    private static Optional<Long> cents(JsonFields body, BigDecimal euros) {
        BigDecimal cents = euros.movePointRight(2);
        if (euros.signum() < 0
                || euros.compareTo(MAX_EUROS) > 0
                || cents.stripTrailingZeros().scale() > 0) {
            body.problem(
                    "prix_unitaire",
                    "montant en euros positif ou nul, au centime près (au plus 1000000)");
            return Optional.empty();
        }
        return Optional.of(cents.longValueExact());
    }

    private static <T> Response answer(Outcome<T> outcome, Function<T, JsonObject> ok) {
        if (outcome instanceof Outcome.Done<T> done) {
            return Response.ok(ok.apply(done.value())).build();
        }
        if (outcome instanceof Outcome.NotFound<T> notFound) {
            return ErrorResponses.detail(404, notFound.message());
        }
        Outcome.Invalid<T> invalid = (Outcome.Invalid<T>) outcome;
        return ErrorResponses.invalid(invalid.field(), invalid.reason());
    }

    private static JsonObjectBuilder success() {
        return JSON.createObjectBuilder().add("success", true);
    }

    static JsonObject json(CommandeView view) {
        Commande c = view.commande();
        JsonArrayBuilder departements = JSON.createArrayBuilder();
        if (c.coversEveryDepartement()) {
            departements.add("*");
        } else {
            c.departements().forEach(d -> departements.add(d.code()));
        }
        JsonObjectBuilder json =
                JSON.createObjectBuilder()
                        .add("id", c.id().value())
                        .add("crm_id", c.crm().value())
                        .add("crm_name", view.crmName())
                        .add("crm_slug", view.crmSlug())
                        .add("product_type", c.productType().map(ProductType::name).orElse("*"))
                        .add("departements", departements)
                        .add("active", c.isActive())
                        .add("prix_unitaire", BigDecimal.valueOf(c.unitPriceCents(), 2))
                        .add("prix_unitaire_cents", c.unitPriceCents())
                        .add("notes", c.notes())
                        .add("created_at", c.createdAt().toString())
                        .add("updated_at", c.updatedAt().toString());
        c.capPerDay()
                .ifPresentOrElse(
                        cap -> json.add("cap_per_day", cap), () -> json.addNull("cap_per_day"));
        c.capPerWeek()
                .ifPresentOrElse(
                        cap -> json.add("cap_per_week", cap), () -> json.addNull("cap_per_week"));
        return json.build();
    }
}
