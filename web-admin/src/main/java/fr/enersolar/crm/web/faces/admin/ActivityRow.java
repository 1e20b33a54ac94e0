package fr.enersolar.crm.web.faces.admin;

import fr.enersolar.crm.application.common.Masks;
import fr.enersolar.crm.domain.model.activity.ActivityLog;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One activity log entry as the activity page shows it: who, what, which entity, the values before
 * and after (as text) and the other details. Secrets are already masked when written; a value under
 * a secret-looking name that is not a mask is masked again here, so no key ever shows in clear.
 *
 * @param id the entry id
 * @param at when it was written
 * @param user the staff member's e-mail
 * @param action the action key ({@code create}, {@code update}…)
 * @param entityType the entity's type
 * @param entityName the entity's name (else its id)
 * @param before the values before, as text
 * @param after the values after, as text
 * @param details the other details, as text
 * @param ip the client address
 */
public record ActivityRow(
        String id,
        Instant at,
        String user,
        String action,
        String entityType,
        String entityName,
        String before,
        String after,
        String details,
        String ip)
        implements Serializable {

    private static final List<String> SECRET_NAMES =
            List.of("key", "password", "secret", "token", "hash");

    static ActivityRow of(ActivityLog log) {
        Map<String, Object> details = log.details();
        String name = log.subject().name();
        return new ActivityRow(
                log.id().value(),
                log.createdAt(),
                log.actor().email(),
                log.action().wire(),
                log.subject().type(),
                name == null || name.isBlank() ? log.subject().id() : name,
                text(details.get("before")),
                text(details.get("after")),
                details.entrySet().stream()
                        .filter(e -> !e.getKey().equals("before") && !e.getKey().equals("after"))
                        .map(e -> e.getKey() + " = " + text(e.getKey(), e.getValue()))
                        .collect(Collectors.joining(" ; ")),
                log.ipAddress());
    }

    private static String text(Object value) {
        return text("", value);
    }

    /** A value as text: maps as {@code key = value} pairs, lists in brackets. */
    static String text(String name, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> e.getKey() + " = " + text(String.valueOf(e.getKey()), e.getValue()))
                    .collect(Collectors.joining(" ; "));
        }
        if (value instanceof List<?> list) {
            return list.stream()
                    .map(v -> text(name, v))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        String text = String.valueOf(value);
        if (value instanceof String && secretName(name) && !Masks.isMask(text)) {
            return Masks.mask(text);
        }
        return text;
    }

    private static boolean secretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET_NAMES.stream().anyMatch(lower::contains);
    }
}
