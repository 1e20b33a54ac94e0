package fr.enersolar.crm.application.auth;

import fr.enersolar.crm.domain.model.activity.Actor;
import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.model.user.User;
import fr.enersolar.crm.domain.model.user.UserId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, as the store says at this request: an active staff member, their role and the
 * sections they may open. Built fresh for every request, so a change of role, of permissions or a
 * deactivation applies at once.
 *
 * @param user the user's id
 * @param email the user's e-mail
 * @param nom the user's display name
 * @param role admin, editor or viewer
 * @param sections the sections the user may open
 */
public record StaffIdentity(
        UserId user, String email, String nom, Role role, Set<Section> sections) {

    public StaffIdentity {
        Objects.requireNonNull(user);
        Objects.requireNonNull(role);
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
    }

    /** The identity of an active user. */
    public static StaffIdentity of(User user) {
        return new StaffIdentity(
                user.id(), user.email().value(), user.nom(), user.role(), user.sections());
    }

    /** May read what this section shows. */
    public boolean mayRead(Section section) {
        return sections.contains(section);
    }

    /** May change what this section holds: the section is open and the role is not viewer. */
    public boolean mayWrite(Section section) {
        return mayRead(section) && role != Role.VIEWER;
    }

    /** May do what the seed reserved to administrators (marked A in SPEC-seed §5). */
    public boolean mayAdminister(Section section) {
        return mayRead(section) && role == Role.ADMIN;
    }

    /** How the activity log names this person. */
    public Actor actor() {
        return new Actor(user, email, nom);
    }
}
