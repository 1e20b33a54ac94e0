package fr.enersolar.crm.application.connectors;

import fr.enersolar.crm.connector.spi.CrmConnectorFactory;
import fr.enersolar.crm.connector.spi.SettingDescriptor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A connector the registry found: its factory and what it says about itself, read once at
 * discovery, with where it came from.
 *
 * @param id the factory's id
 * @param displayName the factory's name
 * @param version the factory's version ({@code unknown} when its jar says none)
 * @param source the EAR's libraries or the connectors folder
 * @param jar the jar's file name for a folder connector, else null
 * @param settings the settings it needs, in order
 * @param factory the factory itself
 */
public record InstalledConnector(
        String id,
        String displayName,
        String version,
        Source source,
        String jar,
        List<SettingDescriptor> settings,
        CrmConnectorFactory factory) {

    /** Where a connector was found. */
    public enum Source {
        /** Packaged with the application (the EAR's {@code lib/}). */
        EAR,
        /** A jar of the connectors folder. */
        FOLDER;

        /** The key shown by the admin API ({@code ear}, {@code folder}). */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public InstalledConnector {
        Objects.requireNonNull(id);
        Objects.requireNonNull(displayName);
        Objects.requireNonNull(version);
        Objects.requireNonNull(source);
        settings = List.copyOf(settings);
        Objects.requireNonNull(factory);
    }

    /** The jar's file name, for a folder connector. */
    public Optional<String> jarName() {
        return Optional.ofNullable(jar);
    }

    /** The setting described under this key. */
    public Optional<SettingDescriptor> setting(String key) {
        return settings.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
