package fr.enersolar.crm.domain.model.user;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A staff role and the sections it opens by default (SPEC-seed §4.2, plus billing and connectors).
 */
public enum Role {
    ADMIN(EnumSet.allOf(Section.class)),
    EDITOR(
            EnumSet.of(
                    Section.DASHBOARD,
                    Section.ACCOUNTS,
                    Section.LPS,
                    Section.FORMS,
                    Section.LEADS,
                    Section.DEPARTEMENTS,
                    Section.BILLING)),
    VIEWER(
            EnumSet.of(
                    Section.DASHBOARD,
                    Section.LPS,
                    Section.FORMS,
                    Section.LEADS,
                    Section.DEPARTEMENTS));

    private final Set<Section> defaults;

    Role(Set<Section> defaults) {
        this.defaults = defaults;
    }

    /** The sections this role opens when the user has no permissions of its own. */
    public Set<Section> defaultSections() {
        return EnumSet.copyOf(defaults);
    }

    /** The key used in JSON and in the store ({@code "admin"}, …). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code admin}, {@code editor} or {@code viewer}; anything else is rejected. */
    public static Role parse(String key) {
        if (key != null) {
            for (Role role : values()) {
                if (role.key().equalsIgnoreCase(key.trim())) {
                    return role;
                }
            }
        }
        throw new IllegalArgumentException("role must be admin, editor or viewer: " + key);
    }
}
