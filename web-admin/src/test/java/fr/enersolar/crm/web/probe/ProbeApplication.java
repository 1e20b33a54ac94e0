package fr.enersolar.crm.web.probe;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * Test-only JAX-RS application under {@code /probe}, packaged only into the Arquillian deployments
 * of the integration tests: it lets the test write and read through the real repositories over
 * HTTP.
 */
@ApplicationPath("probe")
public class ProbeApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                RepositoryProbeResource.class,
                PublicApiProbeResource.class,
                LeadProbeResource.class,
                StaffProbeResource.class,
                SettingsProbeResource.class,
                BriefProbeResource.class,
                LeadFixtureProbeResource.class,
                AdminProbeResource.class,
                CatalogueProbeResource.class,
                NightlyProbeResource.class,
                DeliveryProbeResource.class,
                LogProbeResource.class);
    }
}
