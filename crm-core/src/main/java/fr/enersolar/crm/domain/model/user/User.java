package fr.enersolar.crm.domain.model.user;

import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A staff member (admin, editor or viewer) who works in the admin UI. Only a salted slow hash of
 * the password is kept. The permissions say which sections the user may open; when none were given,
 * the role's defaults apply.
 */
@Entity("users")
public class User {

    @Id private String id;
    @Column private String email;

    @Column("password_hash")
    private String passwordHash;

    @Column private String nom;
    @Column private String role;
    @Column private Map<String, Boolean> permissions;
    @Column private boolean active;

    @Column("created_at")
    @Convert(InstantAsDate.class)
    private Instant createdAt;

    @Column("created_by")
    private String createdBy;

    @Column("updated_at")
    @Convert(InstantAsDate.class)
    private Instant updatedAt;

    @Column("deactivated_at")
    @Convert(InstantAsDate.class)
    private Instant deactivatedAt;

    @Column("failed_logins")
    private int failedLogins;

    @Column("locked_until")
    @Convert(InstantAsDate.class)
    private Instant lockedUntil;

    @Column("last_login_at")
    @Convert(InstantAsDate.class)
    private Instant lastLoginAt;

    /** For the mapper only. */
    protected User() {}

    /** A new active user with the role's default permissions. */
    public User(
            UserId id,
            Email email,
            String passwordHash,
            String nom,
            Role role,
            Instant createdAt,
            UserId createdBy) {
        this.id = Objects.requireNonNull(id).value();
        this.email = Objects.requireNonNull(email).value();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.nom = nom == null ? "" : nom.trim();
        this.role = Objects.requireNonNull(role).key();
        this.permissions = null;
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = createdBy == null ? null : createdBy.value();
        this.updatedAt = createdAt;
    }

    public UserId id() {
        return new UserId(id);
    }

    public Email email() {
        return new Email(email);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String nom() {
        return nom;
    }

    public Role role() {
        return Role.parse(role);
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    /** The sections this user may open: its own permissions, else the role's defaults. */
    public Set<Section> sections() {
        if (permissions == null) {
            return role().defaultSections();
        }
        Set<Section> sections = EnumSet.noneOf(Section.class);
        for (Section section : Section.values()) {
            if (Boolean.TRUE.equals(permissions.get(section.key()))) {
                sections.add(section);
            }
        }
        return sections;
    }

    public boolean mayOpen(Section section) {
        return active && sections().contains(section);
    }

    /** Gives the user exactly these sections. */
    public void grant(Set<Section> sections, Instant at) {
        Map<String, Boolean> granted = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            granted.put(section.key(), sections.contains(section));
        }
        this.permissions = granted;
        this.updatedAt = at;
    }

    /** Changes the role; the permissions go back to the new role's defaults. */
    public void changeRole(Role newRole, Instant at) {
        this.role = newRole.key();
        this.permissions = null;
        this.updatedAt = at;
    }

    public void changePassword(String newHash, Instant at) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.updatedAt = at;
    }

    public void rename(String newNom, Instant at) {
        this.nom = newNom == null ? "" : newNom.trim();
        this.updatedAt = at;
    }

    public void deactivate(Instant at) {
        this.active = false;
        this.deactivatedAt = at;
        this.updatedAt = at;
    }

    public void reactivate(Instant at) {
        this.active = true;
        this.deactivatedAt = null;
        this.updatedAt = at;
    }

    /** Failed logins in a row since the last success or lock. */
    public int failedLogins() {
        return failedLogins;
    }

    /** Until when logins are refused after too many failures; null when never locked. */
    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    /** True while a lockout runs. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
