package fr.enersolar.crm.web.health;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The operators' probes under {@code /health}. A JAX-RS application of its own, so the admin UI's
 * Faces pages are not shadowed by a catch-all path.
 */
@ApplicationPath("health")
public class HealthApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(HealthResource.class);
    }
}
