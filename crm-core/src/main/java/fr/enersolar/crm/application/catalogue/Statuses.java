package fr.enersolar.crm.application.catalogue;

import fr.enersolar.crm.domain.model.shared.LifecycleStatus;
import java.util.Optional;

/** Reads {@code active} or {@code archived}. */
final class Statuses {

    private Statuses() {}

    static Optional<LifecycleStatus> read(Checks checks, String field) {
        return checks.choice(field, Statuses::parse, "active ou archived");
    }

    /**
     * A list's {@code status} filter: {@code active} when not given (null), every status when empty
     * (the seed's {@code status=}), else that status; 400 for another value.
     */
    static Optional<LifecycleStatus> filter(String status) {
        if (status == null) {
            return Optional.of(LifecycleStatus.ACTIVE);
        }
        if (status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(status));
        } catch (IllegalArgumentException e) {
            throw CatalogueException.invalid(
                    "status", "valeur inconnue (attendu : active ou archived)");
        }
    }

    /** {@code active} or {@code archived}, any case. */
    static LifecycleStatus parse(String value) {
        String v = value == null ? "" : value.trim();
        for (LifecycleStatus s : LifecycleStatus.values()) {
            if (s.wire().equalsIgnoreCase(v)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown status: " + value);
    }
}
