package fr.enersolar.crm.web.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Puts a {@link PermissionFilter} in front of every resource method of the application, with the
 * rule its annotations give: {@link PublicEndpoint} (none), {@link AnyStaff}, {@link Requires}, and
 * for a method with none of them, a rule that refuses everyone (fail closed).
 */
@Provider
public class PermissionFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Permission rule = Permission.of(resource.getResourceClass(), resource.getResourceMethod());
        if (rule.isPublic()) {
            return;
        }
        context.register(new PermissionFilter(rule, currentStaff()));
    }

    /** Visible for the build's check that every endpoint declares its rule. */
    static Permission ruleOf(Class<?> type, Method method) {
        return Permission.of(type, method);
    }

    private CurrentStaff staff;

    /** The caller's client proxy, looked up once (it resolves to each request's bean). */
    private CurrentStaff currentStaff() {
        if (staff == null) {
            staff = CDI.current().select(CurrentStaff.class).get();
        }
        return staff;
    }
}
