package fr.enersolar.crm.application.catalogue;

import fr.enersolar.crm.application.auth.StaffIdentity;
import java.util.Objects;

/** Who asks for a change, and from which address (for the activity log). */
public record Caller(StaffIdentity staff, String ip) {

    public Caller {
        Objects.requireNonNull(staff);
        ip = ip == null ? "" : ip;
    }
}
