package fr.enersolar.crm.web.security;

import fr.enersolar.crm.application.auth.StaffIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;

/** The staff member the current request runs as, if any. */
@RequestScoped
public class CurrentStaff {

    @Inject SecurityContext security;

    /** The caller, when a valid bearer token came with the request. */
    public Optional<StaffIdentity> identity() {
        return security.getPrincipalsByType(StaffPrincipal.class).stream()
                .findFirst()
                .map(StaffPrincipal::identity);
    }

    /**
     * The caller of an endpoint guarded by {@link Requires} or {@link AnyStaff}: the permission
     * filter has already refused anonymous requests.
     */
    public StaffIdentity require() {
        return identity()
                .orElseThrow(() -> new IllegalStateException("no staff member on this request"));
    }
}
