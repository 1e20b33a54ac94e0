package fr.enersolar.crm.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Typed access to the {@link ConfigKey}s. The only class that reads configuration values, so a key
 * is never spelled anywhere else.
 */
@ApplicationScoped
public class CrmConfig {

    private Config config() {
        return ConfigProvider.getConfig(CrmConfig.class.getClassLoader());
    }

    /** The raw value of a key, blank values treated as absent. */
    public Optional<String> value(ConfigKey key) {
        return config().getOptionalValue(key.get(), String.class)
                .map(String::trim)
                .filter(v -> !v.isEmpty());
    }

    /** The value of a key that has a default in {@code microprofile-config.properties}. */
    public String required(ConfigKey key) {
        return value(key)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "Missing configuration "
                                                + key.get()
                                                + " (environment variable "
                                                + key.environmentVariable()
                                                + ")"));
    }

    public int intValue(ConfigKey key) {
        String raw = required(key);
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(
                    "Configuration "
                            + key.environmentVariable()
                            + " must be a whole number: "
                            + raw,
                    e);
        }
    }

    /** The comma-separated entries of a key, trimmed, empty ones dropped; empty when unset. */
    public List<String> list(ConfigKey key) {
        return value(key)
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(e -> !e.isEmpty()))
                .map(entries -> entries.toList())
                .orElse(List.of());
    }

    public boolean flag(ConfigKey key) {
        return value(key).map(Boolean::parseBoolean).orElse(false);
    }

    /** The data folder, absolute and normalised. */
    public Path dataDir() {
        return Path.of(required(ConfigKey.DATA_DIR)).toAbsolutePath().normalize();
    }

    /**
     * The connectors folder: {@link ConfigKey#CONNECTORS_DIR}, else {@code connectors} in the data
     * folder.
     */
    public Path connectorsDir() {
        return value(ConfigKey.CONNECTORS_DIR)
                .map(dir -> Path.of(dir).toAbsolutePath().normalize())
                .orElseGet(() -> dataDir().resolve("connectors"));
    }
}
