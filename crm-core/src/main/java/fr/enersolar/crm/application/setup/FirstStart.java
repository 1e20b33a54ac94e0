package fr.enersolar.crm.application.setup;

import fr.enersolar.crm.domain.model.config.IntakeApiKey;
import fr.enersolar.crm.domain.model.config.SystemConfigRepository;
import fr.enersolar.crm.domain.model.user.DuplicateEmailException;
import fr.enersolar.crm.domain.model.user.Email;
import fr.enersolar.crm.domain.model.user.PasswordHasher;
import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.User;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.domain.model.user.UserRepository;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Creates what a fresh store needs before anyone can use the product: the first administrator and
 * the v1 intake key. Values come from configuration; what is generated is handed to {@link
 * FirstStartSecrets}, never to the log. Running it again changes nothing, and two servers running
 * it at once agree (unique e-mail index, atomic key initialisation).
 */
@ApplicationScoped
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
    private static final String PASSWORD_ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject CrmConfig config;
    @Inject UserRepository users;
    @Inject SystemConfigRepository systemConfig;
    @Inject PasswordHasher hasher;
    @Inject FirstStartSecrets secrets;
    @Inject Clock clock;

    /** Ensures the first administrator and the intake key exist. */
    public void run() {
        List<String> shown = new ArrayList<>();
        try {
            createFirstAdministrator(shown);
            initialiseIntakeKey(shown);
        } finally {
            // Once the administrator exists no later run generates a password again: what was
            // generated must reach the operator even when the next step fails.
            if (!shown.isEmpty()) {
                secrets.publish(shown);
            }
        }
    }

    private void createFirstAdministrator(List<String> shown) {
        if (users.count() > 0) {
            return;
        }
        Email email = new Email(config.required(ConfigKey.ADMIN_EMAIL));
        Optional<String> configured = config.value(ConfigKey.ADMIN_PASSWORD);
        String password = configured.orElseGet(FirstStart::generatePassword);
        User admin =
                new User(
                        UserId.generate(),
                        email,
                        hasher.hash(password.toCharArray()),
                        "Administrateur",
                        Role.ADMIN,
                        clock.instant(),
                        null);
        try {
            users.add(admin);
        } catch (DuplicateEmailException e) {
            return; // another server of the cluster created it first
        }
        LOG.info(() -> "First start: administrator " + email + " created");
        shown.add("Administrateur : " + email);
        shown.add(
                "Mot de passe   : "
                        + (configured.isPresent()
                                ? "(celui de "
                                        + ConfigKey.ADMIN_PASSWORD.environmentVariable()
                                        + ")"
                                : password));
    }

    private void initialiseIntakeKey(List<String> shown) {
        Optional<String> configured = config.value(ConfigKey.API_KEY);
        if (configured.isPresent()) {
            IntakeApiKey key = new IntakeApiKey(configured.get());
            if (!systemConfig.intakeKey().map(key::equals).orElse(false)) {
                systemConfig.replaceIntakeKey(key, clock.instant());
                LOG.info("Intake API key set from configuration");
            }
            return;
        }
        if (systemConfig.intakeKey().isPresent()) {
            return;
        }
        IntakeApiKey generated = IntakeApiKey.generate();
        IntakeApiKey inForce = systemConfig.initialiseIntakeKey(generated, clock.instant());
        if (inForce.equals(generated)) {
            LOG.info("First start: intake API key generated");
            shown.add("Clé API v1     : " + generated.value());
        }
    }

    static String generatePassword() {
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }
}
