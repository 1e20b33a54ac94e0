package fr.enersolar.crm.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigKeyTest {

    private static final String DEFAULTS = "META-INF/microprofile-config.properties";

    /**
     * The keys with no default: secrets, the optional real MongoDB, and the lists whose default is
     * empty (no trusted proxy, no cross-origin admin).
     */
    private static final Set<ConfigKey> WITHOUT_DEFAULT =
            EnumSet.of(
                    ConfigKey.MONGODB_URI,
                    ConfigKey.ADMIN_PASSWORD,
                    ConfigKey.API_KEY,
                    ConfigKey.SECRETS_KEY,
                    ConfigKey.TRUSTED_PROXIES,
                    ConfigKey.ADMIN_ORIGINS);

    @Test
    void mapsEachDocumentedKeyToItsEnvironmentVariable() {
        assertThat(ConfigKey.HTTP_PORT.environmentVariable()).isEqualTo("CRM_HTTP_PORT");
        assertThat(ConfigKey.DATA_DIR.environmentVariable()).isEqualTo("CRM_DATA_DIR");
        assertThat(ConfigKey.MONGODB_URI.environmentVariable()).isEqualTo("CRM_MONGODB_URI");
        assertThat(ConfigKey.ADMIN_EMAIL.environmentVariable()).isEqualTo("CRM_ADMIN_EMAIL");
        assertThat(ConfigKey.ADMIN_PASSWORD.environmentVariable()).isEqualTo("CRM_ADMIN_PASSWORD");
        assertThat(ConfigKey.API_KEY.environmentVariable()).isEqualTo("CRM_API_KEY");
        assertThat(ConfigKey.DEMO.environmentVariable()).isEqualTo("CRM_DEMO");
        assertThat(ConfigKey.TRUSTED_PROXIES.environmentVariable())
                .isEqualTo("CRM_TRUSTED_PROXIES");
        assertThat(ConfigKey.CORS_ORIGINS.environmentVariable()).isEqualTo("CRM_CORS_ORIGINS");
        assertThat(ConfigKey.ADMIN_ORIGINS.environmentVariable()).isEqualTo("CRM_ADMIN_ORIGINS");
        assertThat(ConfigKey.RATE_LIMIT_INTAKE_PER_MINUTE.environmentVariable())
                .isEqualTo("CRM_RATE_LIMIT_INTAKE_PER_MINUTE");
        assertThat(ConfigKey.RATE_LIMIT_PUBLIC_PER_MINUTE.environmentVariable())
                .isEqualTo("CRM_RATE_LIMIT_PUBLIC_PER_MINUTE");
    }

    @Test
    void everyEnvironmentVariableIsUpperCaseWithUnderscoresOnly() {
        for (ConfigKey key : ConfigKey.values()) {
            assertThat(key.environmentVariable()).as(key.get()).matches("CRM_[A-Z0-9_]+");
        }
        assertThat(ConfigKey.PASSWORD_HASH_ITERATIONS.environmentVariable())
                .isEqualTo("CRM_SECURITY_PASSWORD_HASH_ITERATIONS");
    }

    @Test
    void propertyNamesAreDistinctAndUnderTheCrmPrefix() {
        List<String> names = Arrays.stream(ConfigKey.values()).map(ConfigKey::get).toList();

        assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.startsWith("crm."));
    }

    @Test
    void everyKeyButTheUriTheSecretsAndTheEmptyListsHasADefault() throws IOException {
        Properties defaults = defaultsOfThisModule();

        for (ConfigKey key : ConfigKey.values()) {
            if (WITHOUT_DEFAULT.contains(key)) {
                assertThat(defaults).as(key.get()).doesNotContainKey(key.get());
            } else {
                assertThat(defaults.getProperty(key.get())).as(key.get()).isNotBlank();
            }
        }
    }

    @Test
    void theDefaultsFileHoldsNoUnknownCrmKey() throws IOException {
        Set<String> known =
                Set.copyOf(Arrays.stream(ConfigKey.values()).map(ConfigKey::get).toList());

        assertThat(defaultsOfThisModule().stringPropertyNames())
                .filteredOn(n -> n.startsWith("crm."))
                .allMatch(known::contains);
    }

    /** The file of crm-core itself, not one another jar on the classpath might carry. */
    private static Properties defaultsOfThisModule() throws IOException {
        String classes =
                ConfigKey.class.getProtectionDomain().getCodeSource().getLocation().toString();
        URL url =
                Collections.list(ConfigKey.class.getClassLoader().getResources(DEFAULTS)).stream()
                        .filter(u -> u.toString().startsWith(classes))
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError(DEFAULTS + " not found in " + classes));
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        }
        return properties;
    }
}
