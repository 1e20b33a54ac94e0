package fr.enersolar.crm.application.users;

import fr.enersolar.crm.application.InvalidInputException;
import fr.enersolar.crm.application.NotFoundException;
import fr.enersolar.crm.application.RefusedException;
import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.session.SessionRepository;
import fr.enersolar.crm.domain.model.session.SessionTokenHash;
import fr.enersolar.crm.domain.model.user.DuplicateEmailException;
import fr.enersolar.crm.domain.model.user.Email;
import fr.enersolar.crm.domain.model.user.PasswordHasher;
import fr.enersolar.crm.domain.model.user.PasswordPolicy;
import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.model.user.User;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.domain.model.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * User management by an administrator (SPEC-seed §4.3) with PRODUCT.md's fixes: passwords follow
 * {@link PasswordPolicy} and are kept as salted slow hashes; deactivating a user, through the
 * update as through the delete, ends all their sessions at once; a new password ends the user's
 * other sessions; nobody can deactivate, delete or demote themselves (so an administrator always
 * remains). Every change is written to the activity log with the role, permissions and active flag
 * before and after.
 */
@ApplicationScoped
public class UserAdministration {

    /** The longest page of the staff list. */
    public static final int MAX_PAGE = 200;

    /** The sections a partial permissions object opens for a missing key (the seed's model). */
    private static final Set<Section> PARTIAL_DEFAULTS =
            EnumSet.of(
                    Section.DASHBOARD,
                    Section.ACCOUNTS,
                    Section.LPS,
                    Section.FORMS,
                    Section.LEADS,
                    Section.DEPARTEMENTS);

    private UserRepository users;
    private SessionRepository sessions;
    private ActivityJournal activity;
    private PasswordHasher hasher;
    private Clock clock;

    /** For CDI. */
    protected UserAdministration() {}

    @Inject
    public UserAdministration(
            UserRepository users,
            SessionRepository sessions,
            ActivityJournal activity,
            PasswordHasher hasher,
            Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.activity = activity;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** One page of users sorted by e-mail, with the total count. */
    public UsersPage list(int skip, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_PAGE));
        return new UsersPage(users.all(Math.max(0, skip), bounded), users.count());
    }

    /** The user with this id. */
    public User find(UserId id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("Utilisateur non trouvé"));
    }

    /**
     * Creates an active user.
     *
     * @throws InvalidInputException for a malformed e-mail or a password the policy refuses
     * @throws RefusedException for a known e-mail ({@code Cet email existe déjà})
     */
    public User create(StaffIdentity by, NewUser request, String clientIp) {
        Email email = parseEmail(request.email());
        char[] password = request.password();
        checkPassword(password);
        Instant now = clock.instant();
        User user =
                new User(
                        UserId.generate(),
                        email,
                        hasher.hash(password),
                        request.nom(),
                        request.role() == null ? Role.VIEWER : request.role(),
                        now,
                        by.user());
        request.permissions().ifPresent(sent -> user.grant(resolve(sent), now));
        try {
            users.add(user);
        } catch (DuplicateEmailException e) {
            throw new RefusedException("Cet email existe déjà");
        }
        activity.recordChange(
                by.actor(), ActivityAction.CREATE, subject(user), null, snapshot(user), clientIp);
        return user;
    }

    /**
     * Changes a user. {@code callerSession} is the session the request came with: when callers
     * change their own password, that session is kept and their others end.
     *
     * @throws NotFoundException when no user has this id
     * @throws InvalidInputException for a password the policy refuses
     * @throws RefusedException when callers would deactivate or demote themselves
     */
    public User update(
            StaffIdentity by,
            UserId id,
            UserChanges changes,
            Optional<SessionTokenHash> callerSession,
            String clientIp) {
        User user = find(id);
        boolean self = user.id().equals(by.user());
        changes.password().ifPresent(UserAdministration::checkPassword);
        Optional<Set<Section>> granted = changes.permissions().map(UserAdministration::resolve);
        checkSelfChange(self, user, changes, granted);

        Map<String, Object> before = snapshot(user);
        Instant now = clock.instant();
        changes.nom().ifPresent(nom -> user.rename(nom, now));
        changes.role().ifPresent(role -> user.changeRole(role, now));
        granted.ifPresent(sections -> user.grant(sections, now));
        boolean deactivated = false;
        if (changes.active().isPresent() && changes.active().get() != user.active()) {
            if (changes.active().get()) {
                user.reactivate(now);
            } else {
                user.deactivate(now);
                deactivated = true;
            }
        }
        changes.password().ifPresent(password -> user.changePassword(hasher.hash(password), now));
        if (changes.nom().isPresent()
                || changes.role().isPresent()
                || granted.isPresent()
                || changes.active().isPresent()
                || changes.password().isPresent()) {
            users.store(user);
        }

        long ended = 0;
        if (deactivated) {
            ended = sessions.removeOfUser(user.id());
        } else if (changes.password().isPresent()) {
            ended =
                    self && callerSession.isPresent()
                            ? sessions.removeOfUserExcept(user.id(), callerSession.get())
                            : sessions.removeOfUser(user.id());
        }
        activity.record(
                by.actor(),
                ActivityAction.UPDATE,
                subject(user),
                changeDetails(before, snapshot(user), changes.password().isPresent(), ended),
                clientIp);
        return user;
    }

    /**
     * Deactivates a user (the seed's soft delete) and ends all their sessions.
     *
     * @throws NotFoundException when no user has this id
     * @throws RefusedException when callers would delete themselves
     */
    public void deactivate(StaffIdentity by, UserId id, String clientIp) {
        if (id.equals(by.user())) {
            throw new RefusedException("Impossible de supprimer votre propre compte");
        }
        User user = find(id);
        Map<String, Object> before = snapshot(user);
        user.deactivate(clock.instant());
        users.store(user);
        long ended = sessions.removeOfUser(user.id());
        Map<String, Object> after = snapshot(user);
        after.put("sessions_ended", ended);
        activity.recordChange(
                by.actor(), ActivityAction.DELETE, subject(user), before, after, clientIp);
    }

    private static void checkSelfChange(
            boolean self, User user, UserChanges changes, Optional<Set<Section>> granted) {
        if (!self) {
            return;
        }
        if (changes.active().isPresent() && !changes.active().get()) {
            throw new RefusedException("Impossible de désactiver votre propre compte");
        }
        Role role = changes.role().orElse(user.role());
        Set<Section> sections =
                granted.orElse(
                        changes.role().isPresent() ? role.defaultSections() : user.sections());
        if (role != Role.ADMIN || !sections.contains(Section.USERS)) {
            throw new RefusedException("Impossible de retirer vos propres droits d'administration");
        }
    }

    /** Fills a partial permissions object with the seed's model defaults. */
    static Set<Section> resolve(Map<Section, Boolean> sent) {
        Set<Section> sections = EnumSet.noneOf(Section.class);
        for (Section section : Section.values()) {
            Boolean open = sent.get(section);
            if (open == null ? PARTIAL_DEFAULTS.contains(section) : open) {
                sections.add(section);
            }
        }
        return sections;
    }

    private static Email parseEmail(String email) {
        try {
            return new Email(Objects.requireNonNullElse(email, ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("email", "adresse e-mail invalide");
        }
    }

    private static void checkPassword(char[] password) {
        PasswordPolicy.problem(password == null ? null : new String(password))
                .ifPresent(
                        reason -> {
                            throw new InvalidInputException("password", reason);
                        });
    }

    private static Subject subject(User user) {
        return new Subject("user", user.id().value(), user.email().value());
    }

    /** What the log keeps of a user: never the password hash. */
    private static Map<String, Object> snapshot(User user) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("nom", user.nom());
        values.put("role", user.role().key());
        values.put("permissions", permissions(user.sections()));
        values.put("active", user.active());
        return values;
    }

    static Map<String, Boolean> permissions(Set<Section> open) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            map.put(section.key(), open.contains(section));
        }
        return map;
    }

    private static Map<String, Object> changeDetails(
            Map<String, Object> before,
            Map<String, Object> after,
            boolean passwordChanged,
            long sessionsEnded) {
        List<String> changed = new ArrayList<>();
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        for (String key : before.keySet()) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changed.add(key);
                was.put(key, before.get(key));
                now.put(key, after.get(key));
            }
        }
        if (passwordChanged) {
            changed.add("password");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("changed", changed);
        details.put("before", was);
        details.put("after", now);
        if (sessionsEnded > 0) {
            details.put("sessions_ended", sessionsEnded);
        }
        return details;
    }

    /** Clears a password from memory once used. */
    public static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
