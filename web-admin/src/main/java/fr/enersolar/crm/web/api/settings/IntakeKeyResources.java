package fr.enersolar.crm.web.api.settings;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.settings.IntakeKeySettings;
import fr.enersolar.crm.domain.model.config.IntakeApiKey;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The three endpoints of the v1 intake key (SPEC-seed §4.5), one resource each because their paths
 * have three roots. The key is publishable (the generated briefs embed it): whoever may read the
 * forms may read it. Reading and regenerating it through {@code /api/config} is for administrators
 * of the settings. Unlike the seed, all three give the one key in force in one format, and create
 * it only if it is missing.
 */
public final class IntakeKeyResources {

    private IntakeKeyResources() {}

    private static final String TAG = "Clé API v1";

    /** {@code GET /api/auth/api-key} → {@code {api_key}}. */
    @Path("auth/api-key")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = TAG)
    @SecurityRequirement(name = "bearer")
    public static class AuthApiKey {

        @Inject IntakeKeySettings settings;

        @GET
        @Requires(value = Section.FORMS, access = Access.READ)
        @Operation(
                summary = "La clé d'intake v1 (publiable : les scripts des formulaires la portent)")
        public JsonObject read() {
            return JSON.createObjectBuilder()
                    .add("api_key", settings.current().key().value())
                    .build();
        }
    }

    /** {@code GET /api/settings/api-key} → {@code {api_key, usage}}. */
    @Path("settings/api-key")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = TAG)
    @SecurityRequirement(name = "bearer")
    public static class SettingsApiKey {

        @Inject IntakeKeySettings settings;

        @GET
        @Requires(value = Section.FORMS, access = Access.READ)
        @Operation(summary = "La clé d'intake v1 et la façon de l'envoyer")
        public JsonObject read() {
            return JSON.createObjectBuilder()
                    .add("api_key", settings.current().key().value())
                    .add("usage", "Authorization: Token VOTRE_CLE")
                    .build();
        }
    }

    /**
     * {@code GET /api/config/api-key} → {@code {api_key, created}}; {@code POST
     * /api/config/api-key/regenerate} → {@code {api_key, regenerated: true}} (logged, masked).
     */
    @Path("config/api-key")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = TAG)
    @SecurityRequirement(name = "bearer")
    @Requires(value = Section.SETTINGS, access = Access.ADMIN)
    public static class ConfigApiKey {

        @Inject IntakeKeySettings settings;
        @Inject CurrentStaff staff;
        @Inject ClientAddress client;

        @GET
        public JsonObject read() {
            IntakeKeySettings.Current current = settings.current();
            return JSON.createObjectBuilder()
                    .add("api_key", current.key().value())
                    .add("created", current.created())
                    .build();
        }

        @POST
        @Path("regenerate")
        @Operation(
                summary = "Remplace la clé d'intake v1",
                description =
                        "Chaque script déployé doit ensuite être mis à jour ; refusé (400) tant"
                                + " que CRM_API_KEY fixe la clé.")
        public JsonObject regenerate() {
            IntakeApiKey key = settings.regenerate(staff.require(), client.ip());
            return JSON.createObjectBuilder()
                    .add("api_key", key.value())
                    .add("regenerated", true)
                    .build();
        }
    }
}
