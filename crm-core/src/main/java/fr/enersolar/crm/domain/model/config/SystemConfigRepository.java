package fr.enersolar.crm.domain.model.config;

import java.time.Instant;
import java.util.Optional;

/** System-wide settings kept in the store (the seed's {@code system_config}). */
public interface SystemConfigRepository {

    Optional<IntakeApiKey> intakeKey();

    /**
     * Stores {@code key} only when no key exists yet, atomically, so two servers starting at once
     * agree on one key.
     *
     * @return the key in force afterwards (the existing one if there was one)
     */
    IntakeApiKey initialiseIntakeKey(IntakeApiKey key, Instant at);

    /** Replaces the key (regeneration, or a key set by configuration). */
    void replaceIntakeKey(IntakeApiKey key, Instant at);
}
