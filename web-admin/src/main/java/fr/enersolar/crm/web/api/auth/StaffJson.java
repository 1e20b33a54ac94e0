package fr.enersolar.crm.web.api.auth;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.model.user.User;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Set;

/**
 * A staff member as the admin API shows it (SPEC-seed §4.1, §4.3): never the password hash. {@code
 * permissions} always holds every section, from the user's own grants or the role's defaults.
 */
public final class StaffJson {

    private StaffJson() {}

    /** The short form of login answers: id, email, nom, role, permissions. */
    public static JsonObjectBuilder summary(User user) {
        return JSON.createObjectBuilder()
                .add("id", user.id().value())
                .add("email", user.email().value())
                .add("nom", user.nom())
                .add("role", user.role().key())
                .add("permissions", permissions(user.sections()));
    }

    /** The full form of {@code /me} and the users list. */
    public static JsonObject full(User user) {
        JsonObjectBuilder json = summary(user).add("active", user.active());
        instant(json, "created_at", user.createdAt());
        instant(json, "updated_at", user.updatedAt());
        instant(json, "deactivated_at", user.deactivatedAt());
        instant(json, "last_login_at", user.lastLoginAt());
        instant(json, "locked_until", user.lockedUntil());
        return json.build();
    }

    /** Every section with true or false. */
    public static JsonObject permissions(Set<Section> open) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        for (Section section : Section.values()) {
            json.add(section.key(), open.contains(section));
        }
        return json.build();
    }

    private static void instant(JsonObjectBuilder json, String key, Instant value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value.toString());
        }
    }
}
