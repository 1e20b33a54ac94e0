package fr.enersolar.crm.web.api;

import fr.enersolar.crm.web.api.auth.AuthResource;
import fr.enersolar.crm.web.api.forms.FormsConfigResource;
import fr.enersolar.crm.web.api.forms.PublicFormsResource;
import fr.enersolar.crm.web.api.health.ApiHealthResource;
import fr.enersolar.crm.web.api.leads.V1LeadsResource;
import fr.enersolar.crm.web.api.queue.LeadForceSendResource;
import fr.enersolar.crm.web.api.queue.LeadRetryResource;
import fr.enersolar.crm.web.api.queue.QueueResource;
import fr.enersolar.crm.web.api.sandbox.SandboxReceiptsResource;
import fr.enersolar.crm.web.api.tracking.FunnelStatsResource;
import fr.enersolar.crm.web.api.tracking.TrackingResource;
import fr.enersolar.crm.web.edge.EdgeProviders;
import fr.enersolar.crm.web.security.PermissionFeature;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The JSON API under {@code /api}: the public, v1 and admin endpoints of SPEC-seed §5. Resources
 * are listed explicitly, so each JAX-RS application serves only its own paths; the edge providers
 * (CORS, rate limits, body-size limit, JSON errors) come from {@link EdgeProviders}.
 */
@ApplicationPath("api")
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
