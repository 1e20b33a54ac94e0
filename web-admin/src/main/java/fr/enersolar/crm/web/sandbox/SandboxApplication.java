package fr.enersolar.crm.web.sandbox;

import fr.enersolar.crm.web.edge.BodySizeLimit;
import fr.enersolar.crm.web.edge.EdgeProviders;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox partner under {@code /sandbox}: a buyer CRM speaking the partner contract, that the
 * demo CRMs point at. Outside {@code /api}: no staff session, no CORS; its key is the partner key.
 */
@ApplicationPath("sandbox")
public class SandboxApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(EdgeProviders.ERRORS);
        classes.add(BodySizeLimit.class);
        classes.add(SandboxPartnerResource.class);
        return classes;
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
