package fr.enersolar.crm.application.connectors;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.application.common.Masks;
import fr.enersolar.crm.application.common.Outcome;
import fr.enersolar.crm.connector.spi.ConnectorException;
import fr.enersolar.crm.connector.spi.ConnectorSettings;
import fr.enersolar.crm.connector.spi.SettingDescriptor;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Actor;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.shared.SecretUnreadableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The staff's connector actions: list the installed connectors, rescan the folder, read and change
 * which connector a CRM uses and its settings. Secret settings never leave masked ({@code ****} +
 * last four characters), in answers as in the activity log; a masked value sent back keeps the
 * stored secret. Secret settings are stored sealed ({@link ConnectorSecrets}); one stored in clear
 * before sealing existed is sealed at the CRM's next save.
 */
@ApplicationScoped
public class CrmConnectorAdministration {

    /** A CRM's connector as staff see it: secrets masked. */
    public record CrmConnectorView(
            Crm crm,
            String connectorId,
            Optional<InstalledConnector> installed,
            Map<String, String> settings) {}

    private ConnectorCatalog catalog;
    private CrmRepository crms;
    private ActivityJournal journal;
    private Clock clock;
    private ConnectorSecrets secrets;

    /** For CDI. */
    protected CrmConnectorAdministration() {}

    @Inject
    public CrmConnectorAdministration(
            ConnectorCatalog catalog,
            CrmRepository crms,
            ActivityJournal journal,
            Clock clock,
            ConnectorSecrets secrets) {
        this.catalog = catalog;
        this.crms = crms;
        this.journal = journal;
        this.clock = clock;
        this.secrets = secrets;
    }

    /** The installed connectors and the problems of the last scan. */
    public ConnectorCatalog.Scan installed() {
        return catalog.current();
    }

    /** Scans again, and logs who asked and what was found. */
    public ConnectorCatalog.Scan rescan(Actor actor, String ip) {
        ConnectorCatalog.Scan scan = catalog.rescan();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(
                "connectors",
                scan.connectors().stream().map(c -> c.id() + " " + c.version()).toList());
        details.put("problems", scan.problems().size());
        journal.record(
                actor,
                ActivityAction.UPDATE,
                new Subject("connectors", "rescan", "Connecteurs"),
                details,
                ip);
        return scan;
    }

    /** A CRM's connector and settings, secrets masked; empty when the CRM does not exist. */
    public Optional<CrmConnectorView> view(CrmId id) {
        return crms.find(id).map(this::view);
    }

    private CrmConnectorView view(Crm crm) {
        Optional<InstalledConnector> installed = catalog.find(crm.connectorId());
        return new CrmConnectorView(
                crm, crm.connectorId(), installed, masked(crm.connectorSettings(), installed));
    }

    /**
     * Chooses a CRM's connector and settings. The settings replace the stored ones; a secret sent
     * as its mask keeps the stored value. Values are checked against the connector's descriptors.
     *
     * @param connectorId the connector, or empty to keep the CRM's current one
     * @param values the settings by key
     */
    public Outcome<CrmConnectorView> update(
            Actor actor,
            String ip,
            CrmId id,
            Optional<String> connectorId,
            Map<String, String> values) {
        Optional<Crm> found = crms.find(id);
        if (found.isEmpty()) {
            return Outcome.notFound("CRM non trouvé");
        }
        Crm crm = found.get();
        String chosen = connectorId.map(String::trim).orElse(crm.connectorId());
        Optional<InstalledConnector> installed = catalog.find(chosen);
        if (installed.isEmpty()) {
            return Outcome.invalid("connector_id", "Connecteur non installé : " + chosen);
        }
        Map<String, String> stored = crm.connectorSettings();
        boolean sameConnector = chosen.equals(crm.connectorId());
        Map<String, String> next = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String value = e.getValue();
            Optional<SettingDescriptor> descriptor = installed.get().setting(e.getKey());
            if (descriptor.isPresent() && descriptor.get().secret() && Masks.isMask(value)) {
                if (!sameConnector || !stored.containsKey(e.getKey())) {
                    return Outcome.invalid(
                            "settings." + e.getKey(),
                            "Valeur masquée : saisir la valeur du secret");
                }
                try {
                    value = secrets.clear(stored.get(e.getKey()));
                } catch (SecretUnreadableException unreadable) {
                    return Outcome.invalid(
                            "settings." + e.getKey(),
                            "Secret illisible avec la clé de chiffrement actuelle : saisir sa valeur");
                }
            }
            if (value != null && !value.isBlank()) {
                next.put(e.getKey(), value.trim());
            }
        }
        try {
            ConnectorSettings.of(installed.get().settings(), next);
        } catch (ConnectorException e) {
            return Outcome.invalid(
                    "settings" + e.settingKey().map(k -> "." + k).orElse(""), e.getMessage());
        }
        Map<String, Object> before =
                snapshot(crm.connectorId(), masked(stored, catalog.find(crm.connectorId())));
        crm.useConnector(chosen, secrets.sealed(installed.get().settings(), next), clock.instant());
        crms.store(crm);
        catalog.settingsChanged(crm.id());
        CrmConnectorView view = view(crm);
        journal.recordChange(
                actor,
                ActivityAction.UPDATE,
                new Subject("crm", crm.id().value(), crm.name()),
                before,
                snapshot(chosen, view.settings()),
                ip);
        return Outcome.done(view);
    }

    private static Map<String, Object> snapshot(String connectorId, Map<String, String> settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("connector_id", connectorId);
        values.put("connector_settings", new LinkedHashMap<>(settings));
        return values;
    }

    /** Settings with secrets masked (see {@link ConnectorSecrets#masked}). */
    private Map<String, String> masked(
            Map<String, String> settings, Optional<InstalledConnector> installed) {
        return secrets.masked(settings, installed);
    }
}
