package fr.enersolar.crm.connector.spi;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The values of a connector's settings, checked against its {@linkplain SettingDescriptor
 * descriptors}, with typed access. A blank value counts as no value; a missing value takes the
 * descriptor's default. Building one fails with a {@link ConnectorException} naming the setting
 * when a required value is missing, a value does not fit its type, or a key is not described.
 *
 * @since 1.0
 */
public final class ConnectorSettings {

    private final Map<String, SettingDescriptor> descriptors;
    private final Map<String, String> values;

    private ConnectorSettings(
            Map<String, SettingDescriptor> descriptors, Map<String, String> values) {
        this.descriptors = descriptors;
        this.values = values;
    }

    /**
     * Checks values against descriptors.
     *
     * @param descriptors what the connector needs ({@link CrmConnectorFactory#settings()})
     * @param values the values entered, by key; blank values count as absent
     * @return the checked settings, defaults applied
     * @throws ConnectorException when a required value is missing, a value does not fit its type,
     *     or a key is not described
     * @throws IllegalArgumentException when two descriptors share a key
     */
    public static ConnectorSettings of(
            List<SettingDescriptor> descriptors, Map<String, String> values) {
        Map<String, SettingDescriptor> byKey = new LinkedHashMap<>();
        for (SettingDescriptor descriptor : descriptors) {
            if (byKey.put(descriptor.key(), descriptor) != null) {
                throw new IllegalArgumentException("Duplicate setting key: " + descriptor.key());
            }
        }
        for (String key : values.keySet()) {
            if (!byKey.containsKey(key)) {
                throw ConnectorException.invalidSetting(key, "Paramètre inconnu : " + key);
            }
        }
        Map<String, String> checked = new LinkedHashMap<>();
        for (SettingDescriptor descriptor : byKey.values()) {
            String value = values.get(descriptor.key());
            if (value == null || value.isBlank()) {
                value = descriptor.defaultValue().orElse(null);
            }
            if (value == null) {
                if (descriptor.required()) {
                    throw ConnectorException.invalidSetting(
                            descriptor.key(),
                            "Paramètre obligatoire manquant : " + describe(descriptor));
                }
                continue;
            }
            value = value.trim();
            if (!descriptor.type().accepts(value)) {
                throw ConnectorException.invalidSetting(
                        descriptor.key(),
                        "Valeur invalide pour "
                                + describe(descriptor)
                                + " : "
                                + expected(descriptor));
            }
            checked.put(descriptor.key(), value);
        }
        return new ConnectorSettings(
                Collections.unmodifiableMap(byKey), Collections.unmodifiableMap(checked));
    }

    /**
     * Every setting at its default: what a connector runs with when the staff changed nothing.
     *
     * @param descriptors what the connector needs
     * @return the settings
     * @throws ConnectorException when a required setting has no default
     */
    public static ConnectorSettings defaults(List<SettingDescriptor> descriptors) {
        return of(descriptors, Map.of());
    }

    /**
     * The descriptors these values were checked against, in their declared order.
     *
     * @return the descriptors
     */
    public List<SettingDescriptor> descriptors() {
        return List.copyOf(descriptors.values());
    }

    /**
     * The value of a setting, as a trimmed string.
     *
     * @param key a described key
     * @return the value or default, or empty when the setting is optional and unset
     * @throws IllegalArgumentException when the key is not described
     */
    public Optional<String> value(String key) {
        descriptor(key);
        return Optional.ofNullable(values.get(key));
    }

    /**
     * The value of a text or secret setting.
     *
     * @param key a described key
     * @return the value, or an empty string when unset
     */
    public String string(String key) {
        return value(key).orElse("");
    }

    /**
     * The value of a URL setting.
     *
     * @param key a described key of type {@link SettingType#URL}
     * @return the URL
     * @throws ConnectorException when the setting is unset
     */
    public URI url(String key) {
        return URI.create(require(key));
    }

    /**
     * The value of an integer setting.
     *
     * @param key a described key of type {@link SettingType#INT}
     * @return the number
     * @throws ConnectorException when the setting is unset or not a number
     */
    public int integer(String key) {
        String value = require(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ConnectorException.invalidSetting(
                    key, "Valeur invalide pour " + describe(descriptor(key)) + " : nombre entier");
        }
    }

    /**
     * The value of a boolean setting.
     *
     * @param key a described key of type {@link SettingType#BOOL}
     * @return the value; false when the optional setting is unset
     */
    public boolean bool(String key) {
        return value(key).map(v -> v.equalsIgnoreCase("true")).orElse(false);
    }

    private String require(String key) {
        return value(key)
                .orElseThrow(
                        () ->
                                ConnectorException.invalidSetting(
                                        key,
                                        "Paramètre non renseigné : " + describe(descriptor(key))));
    }

    private SettingDescriptor descriptor(String key) {
        SettingDescriptor descriptor = descriptors.get(key);
        if (descriptor == null) {
            throw new IllegalArgumentException("Setting not described: " + key);
        }
        return descriptor;
    }

    private static String describe(SettingDescriptor descriptor) {
        return descriptor.label() + " (" + descriptor.key() + ")";
    }

    private static String expected(SettingDescriptor descriptor) {
        return switch (descriptor.type()) {
            case URL -> "URL http(s) absolue";
            case INT -> "nombre entier";
            case BOOL -> "true ou false";
            case STRING, SECRET -> descriptor.type().name().toLowerCase(Locale.ROOT);
        };
    }

    /** The values by key, secrets masked: safe to log. */
    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(
                        e ->
                                e.getKey()
                                        + "="
                                        + (descriptor(e.getKey()).secret() ? "****" : e.getValue()))
                .collect(Collectors.joining(", ", "ConnectorSettings[", "]"));
    }
}
