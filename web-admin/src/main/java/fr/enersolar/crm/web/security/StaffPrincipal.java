package fr.enersolar.crm.web.security;

import fr.enersolar.crm.application.auth.StaffIdentity;
import jakarta.security.enterprise.CallerPrincipal;
import java.util.Objects;

/** The caller principal of a staff request: carries the identity read from the store. */
public class StaffPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final transient StaffIdentity identity;

    public StaffPrincipal(StaffIdentity identity) {
        super(identity.email());
        this.identity = Objects.requireNonNull(identity);
    }

    public StaffIdentity identity() {
        return identity;
    }
}
