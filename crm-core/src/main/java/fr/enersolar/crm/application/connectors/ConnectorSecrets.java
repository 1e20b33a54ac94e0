package fr.enersolar.crm.application.connectors;

import fr.enersolar.crm.application.common.Masks;
import fr.enersolar.crm.connector.spi.SettingDescriptor;
import fr.enersolar.crm.domain.model.shared.SecretSealer;
import fr.enersolar.crm.domain.model.shared.SecretUnreadableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The secret settings of CRM connectors (those whose descriptor is {@linkplain
 * SettingDescriptor#secret() secret}), kept like the form keys and redistribution keys: sealed with
 * the {@link SecretSealer} before they are stored, opened only when the connector is built for
 * delivery, masked ({@code ****} + last four) wherever staff see them. A secret stored in clear
 * before sealing existed is read as it is, and sealed at the CRM's next save.
 */
@ApplicationScoped
public class ConnectorSecrets {

    private static final Logger LOG = Logger.getLogger(ConnectorSecrets.class.getName());

    private SecretSealer sealer;

    /** For CDI. */
    protected ConnectorSecrets() {}

    @Inject
    public ConnectorSecrets(SecretSealer sealer) {
        this.sealer = sealer;
    }

    /** The settings to store, from clear ones: each secret one sealed, the others as they are. */
    public Map<String, String> sealed(
            List<SettingDescriptor> descriptors, Map<String, String> clear) {
        Map<String, String> stored = new LinkedHashMap<>();
        clear.forEach(
                (key, value) ->
                        stored.put(key, isSecret(descriptors, key) ? sealer.seal(value) : value));
        return stored;
    }

    /**
     * The settings a connector is built with: each secret one opened (one stored in clear before
     * sealing is used as it is), the others as they are.
     *
     * @throws SecretUnreadableException when a secret was sealed with another secrets key
     */
    public Map<String, String> opened(
            List<SettingDescriptor> descriptors, Map<String, String> stored) {
        Map<String, String> clear = new LinkedHashMap<>();
        stored.forEach(
                (key, value) -> clear.put(key, isSecret(descriptors, key) ? clear(value) : value));
        return clear;
    }

    /**
     * The clear text of one stored secret: opened when sealed, as it is when stored in clear.
     *
     * @throws SecretUnreadableException when it was sealed with another secrets key
     */
    public String clear(String stored) {
        return sealer.isSealed(stored) ? sealer.open(stored) : stored;
    }

    /**
     * Stored settings as staff see them: secrets masked. Without the connector's descriptors every
     * value is masked (a value of unknown type might be a secret); a secret that no longer opens
     * shows as {@code ****}.
     */
    public Map<String, String> masked(
            Map<String, String> stored, Optional<InstalledConnector> installed) {
        Map<String, String> masked = new LinkedHashMap<>();
        stored.forEach(
                (key, value) -> {
                    boolean secret =
                            installed
                                    .map(
                                            c ->
                                                    c.setting(key)
                                                            .map(SettingDescriptor::secret)
                                                            .orElse(true))
                                    .orElse(true);
                    masked.put(key, secret ? maskOf(key, value) : value);
                });
        return masked;
    }

    private String maskOf(String key, String stored) {
        try {
            return Masks.mask(clear(stored));
        } catch (SecretUnreadableException e) {
            LOG.warning(
                    () ->
                            "The connector setting "
                                    + key
                                    + " does not open with this secrets key: "
                                    + e.getMessage());
            return Masks.MASK;
        }
    }

    private static boolean isSecret(List<SettingDescriptor> descriptors, String key) {
        return descriptors.stream().anyMatch(d -> d.key().equals(key) && d.secret());
    }
}
