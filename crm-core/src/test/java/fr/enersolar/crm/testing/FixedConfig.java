package fr.enersolar.crm.testing;

import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link CrmConfig} answering from a map instead of MicroProfile Config, for components built by
 * hand in a test. MicroProfile Config is read once per class loader, so a test that needs its own
 * values (a configured password, another data folder) gives them here rather than in system
 * properties shared by the whole test JVM. Keys not given are absent, as unset variables are.
 */
public final class FixedConfig extends CrmConfig {

    private final Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);

    public FixedConfig with(ConfigKey key, Object value) {
        values.put(key, String.valueOf(value));
        return this;
    }

    @Override
    public Optional<String> value(ConfigKey key) {
        return Optional.ofNullable(values.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
