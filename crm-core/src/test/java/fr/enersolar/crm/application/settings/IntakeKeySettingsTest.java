package fr.enersolar.crm.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.application.RefusedException;
import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.domain.model.activity.ActivityLog;
import fr.enersolar.crm.domain.model.activity.ActivityLogFilter;
import fr.enersolar.crm.domain.model.activity.ActivityLogRepository;
import fr.enersolar.crm.domain.model.config.IntakeApiKey;
import fr.enersolar.crm.domain.model.config.SystemConfigRepository;
import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.testing.FixedConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntakeKeySettingsTest {

    private final List<ActivityLog> logged = new ArrayList<>();
    private final StoredKey store = new StoredKey();
    private final StaffIdentity admin =
            new StaffIdentity(UserId.generate(), "a@e.fr", "A", Role.ADMIN, Set.of());

    private IntakeKeySettings settings(FixedConfig config) {
        IntakeKeySettings settings = new IntakeKeySettings();
        settings.systemConfig = store;
        settings.config = config;
        settings.clock = Clock.systemUTC();
        settings.activity = new ActivityJournal(new Log(), Clock.systemUTC());
        return settings;
    }

    @Test
    void makesTheKeyWhenItIsMissingOnlyOnce() {
        IntakeKeySettings settings = settings(new FixedConfig());

        IntakeKeySettings.Current first = settings.current();
        IntakeKeySettings.Current second = settings.current();

        assertThat(first.created()).isTrue();
        assertThat(first.key().value()).startsWith("crm_");
        assertThat(second.created()).isFalse();
        assertThat(second.key()).isEqualTo(first.key());
    }

    @Test
    void regeneratesAndLogsBothKeysMasked() {
        IntakeKeySettings settings = settings(new FixedConfig());
        IntakeApiKey old = settings.current().key();

        IntakeApiKey fresh = settings.regenerate(admin, "203.0.113.7");

        assertThat(fresh).isNotEqualTo(old);
        assertThat(store.key).contains(fresh);
        assertThat(logged).hasSize(1);
        Map<String, Object> details = logged.get(0).details();
        assertThat(details.toString())
                .doesNotContain(old.value())
                .doesNotContain(fresh.value())
                .contains("****" + old.value().substring(old.value().length() - 4));
    }

    @Test
    void refusesToRegenerateAKeyFixedByConfiguration() {
        IntakeKeySettings settings =
                settings(new FixedConfig().with(ConfigKey.API_KEY, "configured-key-0123456789"));
        store.key = Optional.of(new IntakeApiKey("configured-key-0123456789"));

        assertThatThrownBy(() -> settings.regenerate(admin, "::1"))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("CRM_API_KEY");
        assertThat(store.key).contains(new IntakeApiKey("configured-key-0123456789"));
        assertThat(logged).isEmpty();
    }

    private static final class StoredKey implements SystemConfigRepository {
        Optional<IntakeApiKey> key = Optional.empty();

        @Override
        public Optional<IntakeApiKey> intakeKey() {
            return key;
        }

        @Override
        public IntakeApiKey initialiseIntakeKey(IntakeApiKey candidate, Instant at) {
            if (key.isEmpty()) {
                key = Optional.of(candidate);
            }
            return key.get();
        }

        @Override
        public void replaceIntakeKey(IntakeApiKey replacement, Instant at) {
            key = Optional.of(replacement);
        }
    }

    private final class Log implements ActivityLogRepository {
        @Override
        public void record(ActivityLog entry) {
            logged.add(entry);
        }

        @Override
        public List<ActivityLog> recent(int offset, int limit) {
            return logged;
        }

        @Override
        public List<ActivityLog> ofUser(UserId user, int offset, int limit) {
            return logged;
        }

        @Override
        public long count() {
            return logged.size();
        }

        @Override
        public List<ActivityLog> find(ActivityLogFilter filter, int offset, int limit) {
            return logged;
        }

        @Override
        public long count(ActivityLogFilter filter) {
            return logged.size();
        }
    }
}
