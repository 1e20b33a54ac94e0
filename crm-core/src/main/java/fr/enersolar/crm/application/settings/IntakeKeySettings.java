package fr.enersolar.crm.application.settings;

import fr.enersolar.crm.application.RefusedException;
import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.config.IntakeApiKey;
import fr.enersolar.crm.domain.model.config.SystemConfigRepository;
import fr.enersolar.crm.domain.model.shared.SecretSealer;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The v1 intake key as the settings show it (SPEC-seed §4.5). The key is publishable (deployed
 * scripts carry it), so permitted staff read it in clear. Unlike the seed, every reading endpoint
 * gives the one key in force, in one format ({@code crm_…}); it is made at first start, and made
 * here only if it is still missing. Regenerating is logged with both keys masked, and refused while
 * {@code CRM_API_KEY} fixes the key (the next start would put the configured key back).
 */
@ApplicationScoped
public class IntakeKeySettings {

    private static final Subject SUBJECT = new Subject("api_key", "global_api_key", "Clé API v1");

    @Inject SystemConfigRepository systemConfig;
    @Inject ActivityJournal activity;
    @Inject CrmConfig config;
    @Inject Clock clock;

    /**
     * The key in force.
     *
     * @param key the key
     * @param created true when this call made it (no key existed)
     */
    public record Current(IntakeApiKey key, boolean created) {}

    /** The key in force, made now if there is none yet. */
    public Current current() {
        Optional<IntakeApiKey> stored = systemConfig.intakeKey();
        if (stored.isPresent()) {
            return new Current(stored.get(), false);
        }
        IntakeApiKey generated = IntakeApiKey.generate();
        IntakeApiKey inForce = systemConfig.initialiseIntakeKey(generated, clock.instant());
        return new Current(inForce, inForce.equals(generated));
    }

    /**
     * Replaces the key by a new random one: every deployed script must then be updated.
     *
     * @throws RefusedException while {@code CRM_API_KEY} is set
     */
    public IntakeApiKey regenerate(StaffIdentity by, String clientIp) {
        if (config.value(ConfigKey.API_KEY).isPresent()) {
            throw new RefusedException(
                    "Clé API fixée par la configuration ("
                            + ConfigKey.API_KEY.environmentVariable()
                            + ") : changez-la là");
        }
        String before = systemConfig.intakeKey().map(k -> SecretSealer.mask(k.value())).orElse("");
        IntakeApiKey key = IntakeApiKey.generate();
        systemConfig.replaceIntakeKey(key, clock.instant());
        activity.recordChange(
                by.actor(),
                ActivityAction.UPDATE,
                SUBJECT,
                Map.of("api_key", before),
                Map.of("api_key", SecretSealer.mask(key.value()), "regenerated", true),
                clientIp);
        return key;
    }
}
