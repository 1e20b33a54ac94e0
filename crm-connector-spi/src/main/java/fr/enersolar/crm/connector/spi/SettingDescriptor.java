package fr.enersolar.crm.connector.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One setting a connector needs, described as data so that the admin UI can render an input for it
 * and check the value before the connector is built: key, French label, type, whether it is
 * required, default value and a French help text.
 *
 * <pre>{@code
 * SettingDescriptor.builder("api_url", SettingType.URL)
 *         .label("URL de l'API")
 *         .required()
 *         .defaultValue("https://partner.example/lead/api/create_lead/")
 *         .help("Adresse à laquelle les leads sont envoyés (POST).")
 *         .build();
 * }</pre>
 *
 * @since 1.0
 */
public final class SettingDescriptor {

    /**
     * What a key looks like: lower case letters, digits and underscores, starting with a letter.
     */
    public static final Pattern KEY_PATTERN = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final String key;
    private final String label;
    private final SettingType type;
    private final boolean required;
    private final String defaultValue;
    private final String help;

    private SettingDescriptor(Builder builder) {
        this.key = builder.key;
        this.label = builder.label;
        this.type = builder.type;
        this.required = builder.required;
        this.defaultValue = builder.defaultValue;
        this.help = builder.help;
    }

    /**
     * Starts a descriptor.
     *
     * @param key the key the value is stored and looked up under, matching {@link #KEY_PATTERN}
     * @param type the kind of value
     * @return a builder; {@link Builder#label(String)} must be called before {@link
     *     Builder#build()}
     */
    public static Builder builder(String key, SettingType type) {
        return new Builder(key, type);
    }

    /**
     * The key the value is stored and looked up under ({@code api_url}).
     *
     * @return the key, matching {@link #KEY_PATTERN}
     */
    public String key() {
        return key;
    }

    /**
     * The French label the admin UI shows beside the input ({@code URL de l'API}).
     *
     * @return the label, never blank
     */
    public String label() {
        return label;
    }

    /**
     * The kind of value.
     *
     * @return the type
     */
    public SettingType type() {
        return type;
    }

    /**
     * Whether the connector cannot be built without a value (the default counts as a value).
     *
     * @return true when required
     */
    public boolean required() {
        return required;
    }

    /**
     * Whether the value is a secret, to be masked everywhere once saved.
     *
     * @return true for {@link SettingType#SECRET}
     */
    public boolean secret() {
        return type == SettingType.SECRET;
    }

    /**
     * The value used when none is given.
     *
     * @return the default, accepted by the {@linkplain #type() type}, or empty
     */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /**
     * A French help text shown under the input.
     *
     * @return the help, possibly empty
     */
    public String help() {
        return help;
    }

    /** Descriptors are values: equal when every attribute is. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SettingDescriptor that
                && key.equals(that.key)
                && label.equals(that.label)
                && type == that.type
                && required == that.required
                && Objects.equals(defaultValue, that.defaultValue)
                && help.equals(that.help);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, label, type, required, defaultValue, help);
    }

    @Override
    public String toString() {
        return "SettingDescriptor[" + key + ", " + type + (required ? ", required" : "") + "]";
    }

    /**
     * Builds a {@link SettingDescriptor}; {@link #build()} checks that it is well formed.
     *
     * @since 1.0
     */
    public static final class Builder {
        private final String key;
        private final SettingType type;
        private String label;
        private boolean required;
        private String defaultValue;
        private String help = "";

        private Builder(String key, SettingType type) {
            this.key = Objects.requireNonNull(key, "key");
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * Sets the French label.
         *
         * @param label the label, not blank
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * Marks the setting as required.
         *
         * @return this builder
         */
        public Builder required() {
            this.required = true;
            return this;
        }

        /**
         * Sets the default value.
         *
         * @param value a value the type accepts; not allowed for a secret
         * @return this builder
         */
        public Builder defaultValue(String value) {
            this.defaultValue = value;
            return this;
        }

        /**
         * Sets the French help text.
         *
         * @param help the help, or {@code null} for none
         * @return this builder
         */
        public Builder help(String help) {
            this.help = help == null ? "" : help;
            return this;
        }

        /**
         * Builds the descriptor.
         *
         * @return the descriptor
         * @throws IllegalArgumentException when the key does not match {@link #KEY_PATTERN}, the
         *     label is blank, the default is not accepted by the type, or a secret has a default
         */
        public SettingDescriptor build() {
            if (!KEY_PATTERN.matcher(key).matches()) {
                throw new IllegalArgumentException("Invalid setting key: '" + key + "'");
            }
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("Setting " + key + " has no label");
            }
            if (defaultValue != null) {
                if (type == SettingType.SECRET) {
                    throw new IllegalArgumentException(
                            "Secret setting " + key + " cannot have a default value");
                }
                if (!type.accepts(defaultValue)) {
                    throw new IllegalArgumentException(
                            "Default of setting " + key + " is not a valid " + type);
                }
            }
            return new SettingDescriptor(this);
        }
    }
}
