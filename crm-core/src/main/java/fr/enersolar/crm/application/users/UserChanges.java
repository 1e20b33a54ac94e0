package fr.enersolar.crm.application.users;

import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.Section;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a user update (SPEC-seed §4.3 plus the password); an empty field is left as it is.
 *
 * @param nom a new display name
 * @param role a new role; without {@code permissions} the permissions become the role's defaults
 * @param permissions the sections sent, possibly partial (the seed's model defaults fill the rest)
 * @param active false deactivates (and ends every session), true reactivates
 * @param password a new password (ends the user's other sessions)
 */
public record UserChanges(
        Optional<String> nom,
        Optional<Role> role,
        Optional<Map<Section, Boolean>> permissions,
        Optional<Boolean> active,
        Optional<char[]> password) {}
