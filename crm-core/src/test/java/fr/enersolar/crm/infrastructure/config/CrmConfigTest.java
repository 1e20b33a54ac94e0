package fr.enersolar.crm.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.testing.FixedConfig;
import org.junit.jupiter.api.Test;

class CrmConfigTest {

    @Test
    void splitsAListOnCommasTrimsAndDropsEmptyEntries() {
        CrmConfig config =
                new FixedConfig().with(ConfigKey.TRUSTED_PROXIES, " 10.0.0.1 , ,10.0.0.0/8,");

        assertThat(config.list(ConfigKey.TRUSTED_PROXIES))
                .containsExactly("10.0.0.1", "10.0.0.0/8");
    }

    @Test
    void anUnsetOrBlankListIsEmpty() {
        assertThat(new FixedConfig().list(ConfigKey.ADMIN_ORIGINS)).isEmpty();
        assertThat(
                        new FixedConfig()
                                .with(ConfigKey.ADMIN_ORIGINS, "  ")
                                .list(ConfigKey.ADMIN_ORIGINS))
                .isEmpty();
    }
}
