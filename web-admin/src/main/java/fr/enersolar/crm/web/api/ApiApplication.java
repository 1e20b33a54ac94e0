package fr.enersolar.crm.web.api;

import fr.enersolar.crm.web.api.forms.FormsConfigResource;
import fr.enersolar.crm.web.api.forms.PublicFormsResource;
import fr.enersolar.crm.web.api.health.ApiHealthResource;
import fr.enersolar.crm.web.api.leads.V1LeadsResource;
import fr.enersolar.crm.web.api.tracking.FunnelStatsResource;
import fr.enersolar.crm.web.api.tracking.TrackingResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The JSON API under {@code /api}: the public, v1 and admin endpoints of SPEC-seed §5. Resources
 * are listed explicitly, so each JAX-RS application serves only its own paths.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ApiHealthResource.class,
                V1LeadsResource.class,
                PublicFormsResource.class,
                FormsConfigResource.class,
                TrackingResource.class,
                FunnelStatsResource.class);
    }
}
