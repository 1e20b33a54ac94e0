package fr.enersolar.crm.application.intake;

import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the form a submission names: form scripts send a code ({@code PV-001}), older integrations
 * an id (SPEC-seed §6.1). A reference that is neither finds nothing. Answers are kept for a few
 * seconds: every lead of a campaign names the same few forms, and a staff change to a form reaches
 * intake within that delay.
 */
@ApplicationScoped
public class FormReferences {

    static final Duration KEPT_FOR = Duration.ofSeconds(5);
    private static final int MAX_KEPT = 10_000;

    private record Kept(Optional<Form> form, Instant until) {}

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    @Inject FormRepository forms;
    @Inject Clock clock;

    public Optional<Form> resolve(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String ref = reference.trim();
        Instant now = clock.instant();
        Kept hit = kept.get(ref);
        if (hit != null && now.isBefore(hit.until())) {
            return hit.form();
        }
        Optional<Form> form = lookUp(ref);
        if (kept.size() >= MAX_KEPT) {
            kept.clear(); // references are few; a flood of made-up ones must not grow the map
        }
        kept.put(ref, new Kept(form, now.plus(KEPT_FOR)));
        return form;
    }

    private Optional<Form> lookUp(String ref) {
        try {
            return forms.find(new FormId(ref));
        } catch (IllegalArgumentException notAnId) {
            // not a UUID: try it as a code
        }
        try {
            return forms.findByCode(new FormCode(ref));
        } catch (IllegalArgumentException notACode) {
            return Optional.empty();
        }
    }
}
