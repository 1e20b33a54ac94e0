package fr.enersolar.crm.application.sandbox;

import fr.enersolar.crm.domain.model.shared.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A built-in buyer CRM that speaks the partner contract (SPEC-seed §8, PRODUCT.md), so a fresh
 * install routes and delivers end to end with no real partner. It answers as the partners do:
 *
 * <ul>
 *   <li>{@code 201 {"id", "message": "Lead créé"}}: accepted (and remembered);
 *   <li>{@code 200 {"message": "Lead en doublon"}}: this partner already has the phone;
 *   <li>{@code 403}: no key, or a key starting with {@code refuse};
 *   <li>{@code 400}: body not a JSON object, missing or malformed {@code phone}, {@code
 *       register_date} not a number, {@code custom_fields} not an object of {@code {"value"}};
 *   <li>{@code 503}: a key starting with {@code sandbox-5xx} (to watch retries and the circuit
 *       breaker);
 *   <li>a key {@code sandbox-slow-<ms>…} waits that long (at most 60 s) before answering (to watch
 *       timeouts).
 * </ul>
 */
@ApplicationScoped
public class SandboxPartner {

    private static final Pattern PHONE = Pattern.compile("0[1-9][0-9]{8}");
    private static final Pattern PARTNER = Pattern.compile("[a-z0-9_-]{1,40}");
    private static final long MAX_DELAY_MS = 60_000;

    /**
     * The sandbox's answer.
     *
     * @param status the HTTP status
     * @param message the {@code message} of the JSON body
     * @param id the lead id it gave, when accepted
     */
    public record Answer(int status, String message, Optional<String> id) {}

    private SandboxReceipts receipts;
    private Clock clock;

    /** For CDI. */
    protected SandboxPartner() {}

    @Inject
    public SandboxPartner(SandboxReceipts receipts, Clock clock) {
        this.receipts = receipts;
        this.clock = clock;
    }

    /** Whether {@code partner} is a name the sandbox serves (lower-case slug). */
    public static boolean isPartnerName(String partner) {
        return partner != null && PARTNER.matcher(partner).matches();
    }

    /** How long to wait before answering a request with this key (0 for most keys). */
    public static long delayMillis(String key) {
        if (key == null || !key.startsWith("sandbox-slow-")) {
            return 0;
        }
        String digits = key.substring("sandbox-slow-".length()).replaceAll("[^0-9].*$", "");
        if (digits.isEmpty() || digits.length() > 6) {
            return 0;
        }
        return Math.min(MAX_DELAY_MS, Long.parseLong(digits));
    }

    /** Receives one lead for {@code partner} with the raw {@code Authorization} value. */
    public Answer receive(String partner, String key, JsonObject body, String raw) {
        if (key == null || key.isBlank() || key.toLowerCase(Locale.ROOT).startsWith("refuse")) {
            return new Answer(403, "Clé API invalide", Optional.empty());
        }
        if (key.startsWith("sandbox-5xx")) {
            return new Answer(503, "Service indisponible (simulation)", Optional.empty());
        }
        if (body == null) {
            return new Answer(400, "Le corps doit être un objet JSON", Optional.empty());
        }
        Optional<String> problem = problem(body);
        if (problem.isPresent()) {
            return new Answer(400, problem.get(), Optional.empty());
        }
        String phone = body.getString("phone");
        String id = Identifier.generate();
        boolean fresh =
                receipts.add(
                        new SandboxReceipt(
                                id,
                                partner,
                                phone,
                                key.length() <= 4 ? key : key.substring(key.length() - 4),
                                raw,
                                clock.instant()));
        if (!fresh) {
            return new Answer(200, "Lead en doublon", Optional.empty());
        }
        return new Answer(201, "Lead créé", Optional.of(id));
    }

    private static Optional<String> problem(JsonObject body) {
        JsonValue phone = body.get("phone");
        if (!(phone instanceof JsonString s) || !PHONE.matcher(s.getString()).matches()) {
            return Optional.of("phone : 10 chiffres attendus (0612345678)");
        }
        JsonValue date = body.get("register_date");
        if (date != null && !(date instanceof JsonNumber)) {
            return Optional.of("register_date : nombre attendu (secondes Unix)");
        }
        JsonValue custom = body.get("custom_fields");
        if (custom != null) {
            if (!(custom instanceof JsonObject fields)) {
                return Optional.of("custom_fields : objet attendu");
            }
            for (var field : fields.entrySet()) {
                if (!(field.getValue() instanceof JsonObject v) || !v.containsKey("value")) {
                    return Optional.of(
                            "custom_fields." + field.getKey() + " : {\"value\": …} attendu");
                }
            }
        }
        return Optional.empty();
    }
}
