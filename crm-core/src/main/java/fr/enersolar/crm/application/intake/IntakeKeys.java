package fr.enersolar.crm.application.intake;

import fr.enersolar.crm.domain.model.config.IntakeApiKey;
import fr.enersolar.crm.domain.model.config.SystemConfigRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks the v1 intake authorisation ({@code Authorization: Token <key>}, SPEC-seed §3): the header
 * must hold two words, the second being the intake key; the first word is not checked ({@code
 * Token} and {@code Bearer} both work, as in the seed). The key is read from the store at most once
 * every few seconds, so a regenerated key is in force everywhere within that delay.
 */
@ApplicationScoped
public class IntakeKeys {

    static final Duration REFRESH = Duration.ofSeconds(5);

    @Inject SystemConfigRepository systemConfig;
    @Inject Clock clock;

    private volatile Optional<IntakeApiKey> cached = Optional.empty();
    private volatile Instant readAt = Instant.EPOCH;

    /** Why the header is refused (the seed's French 401 messages), or empty when it is accepted. */
    public Optional<String> refusal(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.of("Clé API manquante");
        }
        String[] parts = authorization.trim().split(" ");
        if (parts.length != 2) {
            return Optional.of("Format clé invalide");
        }
        Optional<IntakeApiKey> key = current();
        if (key.isEmpty() || !key.get().matches(parts[1])) {
            return Optional.of("Clé API invalide");
        }
        return Optional.empty();
    }

    private Optional<IntakeApiKey> current() {
        Instant now = clock.instant();
        if (cached.isEmpty() || now.isAfter(readAt.plus(REFRESH))) {
            cached = systemConfig.intakeKey();
            readAt = now;
        }
        return cached;
    }
}
