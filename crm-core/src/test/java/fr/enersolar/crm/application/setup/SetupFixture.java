package fr.enersolar.crm.application.setup;

import fr.enersolar.crm.domain.model.config.SystemConfigRepository;
import fr.enersolar.crm.domain.model.user.PasswordHasher;
import fr.enersolar.crm.domain.model.user.UserRepository;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import java.time.Clock;

/** Builds the setup services by hand, around the repositories of a running container. */
final class SetupFixture {

    private SetupFixture() {}

    static FirstStart firstStart(
            CrmConfig config,
            UserRepository users,
            SystemConfigRepository systemConfig,
            PasswordHasher hasher,
            Clock clock) {
        FirstStartSecrets secrets = new FirstStartSecrets();
        secrets.config = config;
        FirstStart firstStart = new FirstStart();
        firstStart.config = config;
        firstStart.users = users;
        firstStart.systemConfig = systemConfig;
        firstStart.hasher = hasher;
        firstStart.secrets = secrets;
        firstStart.clock = clock;
        return firstStart;
    }
}
