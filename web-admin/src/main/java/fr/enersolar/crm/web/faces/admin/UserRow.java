package fr.enersolar.crm.web.faces.admin;

import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.model.user.User;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One staff member as the users page shows them: never the password hash.
 *
 * @param id the user id
 * @param email the login e-mail
 * @param nom the display name
 * @param role the role key ({@code admin}, {@code editor}, {@code viewer})
 * @param sections the keys of the open sections, in the sections' order
 * @param active whether the account may log in
 * @param lastLogin the last successful login, or null
 */
public record UserRow(
        String id,
        String email,
        String nom,
        String role,
        List<String> sections,
        boolean active,
        Instant lastLogin)
        implements Serializable {

    static UserRow of(User user) {
        return new UserRow(
                user.id().value(),
                user.email().value(),
                user.nom() == null ? "" : user.nom(),
                user.role().key(),
                user.sections().stream().sorted().map(Section::key).toList(),
                user.active(),
                user.lastLoginAt());
    }
}
