package fr.enersolar.crm.application.users;

import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.Section;
import java.util.Map;
import java.util.Optional;

/**
 * A user to create, as the administrator sent it (SPEC-seed §4.3).
 *
 * @param email the login e-mail (trimmed and lower-cased when stored)
 * @param password the clear password, checked against the policy, only its hash is kept
 * @param nom the display name
 * @param role the role (viewer when not given)
 * @param permissions the sections sent, possibly partial; empty = the role's defaults
 */
public record NewUser(
        String email,
        char[] password,
        String nom,
        Role role,
        Optional<Map<Section, Boolean>> permissions) {}
