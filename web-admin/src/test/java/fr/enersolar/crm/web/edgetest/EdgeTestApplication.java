package fr.enersolar.crm.web.edgetest;

import fr.enersolar.crm.web.api.ApiApplication;
import fr.enersolar.crm.web.edge.EdgeProviders;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Test-only JAX-RS application, packaged only into {@code EdgeIT}'s deployment. It sits under the
 * intake prefix ({@code /api/v1/edge-test}, a longer servlet mapping than {@code /api/*}, so it
 * wins for its own paths) with exactly the providers of the real {@code /api} application: the edge
 * is tested on a real intake path without depending on the intake resource itself.
 */
@ApplicationPath("api/v1/edge-test")
public class EdgeTestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(EdgeProviders.API);
        classes.add(EchoResource.class);
        return classes;
    }

    @Override
    public Map<String, Object> getProperties() {
        return new ApiApplication().getProperties();
    }
}
