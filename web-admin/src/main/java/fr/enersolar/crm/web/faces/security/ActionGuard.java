package fr.enersolar.crm.web.faces.security;

import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Permission;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.util.Optional;

/**
 * Runs an {@link ActionRequires} action only for a staff member it allows; otherwise throws {@link
 * AccessDeniedException} (which the exception funnel shows as a message) without running it. The
 * method's annotation wins over its class's.
 */
@ActionRequires
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ActionGuard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject CurrentStaff staff;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Permission rule = ruleOf(invocation);
        Optional<StaffIdentity> caller = staff.identity();
        if (caller.isEmpty() || !rule.allows(caller.get())) {
            throw new AccessDeniedException(rule);
        }
        return invocation.proceed();
    }

    static Permission ruleOf(InvocationContext invocation) {
        ActionRequires declared = invocation.getMethod().getAnnotation(ActionRequires.class);
        if (declared == null) {
            declared =
                    invocation.getMethod().getDeclaringClass().getAnnotation(ActionRequires.class);
        }
        if (declared == null) {
            // Bound through a stereotype or an inherited binding we cannot read: refuse.
            return new Permission(Permission.Kind.UNDECLARED, null, null);
        }
        return new Permission(Permission.Kind.SECTION, declared.value(), declared.access());
    }
}
