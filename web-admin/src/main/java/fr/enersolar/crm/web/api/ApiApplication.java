package fr.enersolar.crm.web.api;

import fr.enersolar.crm.web.api.activity.ActivityLogsResource;
import fr.enersolar.crm.web.api.activity.ConfigActivityLogsResource;
import fr.enersolar.crm.web.api.auth.AuthResource;
import fr.enersolar.crm.web.api.briefs.FormBriefResource;
import fr.enersolar.crm.web.api.briefs.LpBriefResource;
import fr.enersolar.crm.web.api.briefs.OlderFormBriefResource;
import fr.enersolar.crm.web.api.catalogue.AccountsResource;
import fr.enersolar.crm.web.api.catalogue.CatalogueExceptionMapper;
import fr.enersolar.crm.web.api.catalogue.CrmsResource;
import fr.enersolar.crm.web.api.catalogue.FormsResource;
import fr.enersolar.crm.web.api.catalogue.LpsResource;
import fr.enersolar.crm.web.api.commandes.CommandesResource;
import fr.enersolar.crm.web.api.config.ImagesResource;
import fr.enersolar.crm.web.api.config.ProductsResource;
import fr.enersolar.crm.web.api.config.SourcesResource;
import fr.enersolar.crm.web.api.connectors.ConnectorsResource;
import fr.enersolar.crm.web.api.connectors.CrmConnectorResource;
import fr.enersolar.crm.web.api.forms.FormsConfigResource;
import fr.enersolar.crm.web.api.forms.PublicFormsResource;
import fr.enersolar.crm.web.api.health.ApiHealthResource;
import fr.enersolar.crm.web.api.leads.LeadBulkResource;
import fr.enersolar.crm.web.api.leads.LeadExportResource;
import fr.enersolar.crm.web.api.leads.LeadStatsResource;
import fr.enersolar.crm.web.api.leads.LeadsResource;
import fr.enersolar.crm.web.api.leads.V1LeadsResource;
import fr.enersolar.crm.web.api.nightly.BillingResource;
import fr.enersolar.crm.web.api.nightly.VerificationResource;
import fr.enersolar.crm.web.api.queue.LeadForceSendResource;
import fr.enersolar.crm.web.api.queue.LeadRetryResource;
import fr.enersolar.crm.web.api.queue.QueueResource;
import fr.enersolar.crm.web.api.sandbox.SandboxReceiptsResource;
import fr.enersolar.crm.web.api.settings.IntakeKeyResources;
import fr.enersolar.crm.web.api.settings.RedistributionKeysResource;
import fr.enersolar.crm.web.api.stats.StatsResource;
import fr.enersolar.crm.web.api.tracking.FunnelStatsResource;
import fr.enersolar.crm.web.api.tracking.TrackingResource;
import fr.enersolar.crm.web.api.users.UsersResource;
import fr.enersolar.crm.web.edge.EdgeProviders;
import fr.enersolar.crm.web.security.PermissionFeature;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under {@code /api}: the public, v1 and admin endpoints of SPEC-seed §5. Resources
 * are listed explicitly, so each JAX-RS application serves only its own paths; the edge providers
 * (CORS, rate limits, body-size limit, JSON errors) come from {@link EdgeProviders}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "EnerSolar CRM API",
                        version = "1.0",
                        description =
                                "API publique (formulaires, suivi), intake v1 (Authorization: Token"
                                        + " <clé>) et API d'administration (Authorization: Bearer"
                                        + " <jeton de session>). Chemins et clés JSON de l'API"
                                        + " d'origine ; écarts décrits dans le README."))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "Jeton de session de POST /api/auth/login")
@SecurityScheme(
        securitySchemeName = "v1-token",
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        apiKeyName = "Authorization",
        description = "Token <clé API v1> (la clé publiable des scripts de formulaires)")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(EdgeProviders.API);
        classes.addAll(
                Set.of(
                        ApiHealthResource.class,
                        V1LeadsResource.class,
                        PublicFormsResource.class,
                        FormsConfigResource.class,
                        TrackingResource.class,
                        FunnelStatsResource.class,
                        PermissionFeature.class,
                        AuthResource.class,
                        SandboxReceiptsResource.class,
                        UsersResource.class,
                        ActivityLogsResource.class,
                        ConfigActivityLogsResource.class,
                        IntakeKeyResources.AuthApiKey.class,
                        IntakeKeyResources.SettingsApiKey.class,
                        IntakeKeyResources.ConfigApiKey.class,
                        RedistributionKeysResource.class,
                        SourcesResource.class,
                        ProductsResource.class,
                        ImagesResource.class,
                        LpBriefResource.class,
                        FormBriefResource.class,
                        OlderFormBriefResource.class));
        classes.addAll(
                Set.of(
                        LeadsResource.class,
                        LeadBulkResource.class,
                        LeadExportResource.class,
                        LeadStatsResource.class,
                        StatsResource.class,
                        ConnectorsResource.class,
                        CrmConnectorResource.class,
                        CommandesResource.class,
                        AuthResource.class));
        classes.addAll(
                Set.of(
                        AccountsResource.class,
                        CrmsResource.class,
                        LpsResource.class,
                        FormsResource.class,
                        CatalogueExceptionMapper.class,
                        VerificationResource.class,
                        BillingResource.class,
                        QueueResource.class,
                        LeadRetryResource.class,
                        LeadForceSendResource.class));
        return classes;
    }

    /**
     * Jersey would otherwise answer a plain {@code OPTIONS} with a WADL document naming our
     * classes. A property, not an import: other JAX-RS runtimes ignore it.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
