package fr.enersolar.crm.connector.spi;

import java.util.Optional;

/**
 * A connector cannot be built or used as asked: a setting is missing or malformed, or a closed
 * connector was asked to deliver. It is never how a partner's answer is reported: a refused,
 * duplicate or failed delivery is a {@link DeliveryResult}.
 *
 * <p>Messages are in French: the admin UI shows them to the staff as they are.
 *
 * @since 1.0
 */
public class ConnectorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The setting this failure is about, or {@code null}. */
    private final String settingKey;

    /**
     * A failure that concerns the connector as a whole.
     *
     * @param message what is wrong, in French
     */
    public ConnectorException(String message) {
        this(message, null, null);
    }

    /**
     * A failure that concerns the connector as a whole, caused by another exception.
     *
     * @param message what is wrong, in French
     * @param cause the underlying failure
     */
    public ConnectorException(String message, Throwable cause) {
        this(message, null, cause);
    }

    private ConnectorException(String message, String settingKey, Throwable cause) {
        super(message, cause);
        this.settingKey = settingKey;
    }

    /**
     * A setting is missing or its value is not acceptable.
     *
     * @param key the {@linkplain SettingDescriptor#key() setting key}
     * @param message what is wrong, in French; it should name the setting
     * @return the exception, to throw
     */
    public static ConnectorException invalidSetting(String key, String message) {
        return new ConnectorException(message, key, null);
    }

    /**
     * The setting this failure is about, when it is about one.
     *
     * @return the setting key, or empty
     */
    public Optional<String> settingKey() {
        return Optional.ofNullable(settingKey);
    }
}
