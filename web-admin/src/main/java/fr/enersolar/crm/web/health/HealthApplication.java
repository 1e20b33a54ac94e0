package fr.enersolar.crm.web.health;

import fr.enersolar.crm.web.edge.EdgeProviders;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The operators' probes under {@code /health}. A JAX-RS application of its own, so the admin UI's
 * Faces pages are not shadowed by a catch-all path. Its errors are JSON too ({@link
 * EdgeProviders#ERRORS}); CORS and rate limits are for {@code /api} only.
 */
@ApplicationPath("health")
public class HealthApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(EdgeProviders.ERRORS);
        classes.add(HealthResource.class);
        return classes;
    }

    /** No WADL document for a plain {@code OPTIONS} (see {@code ApiApplication}). */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
