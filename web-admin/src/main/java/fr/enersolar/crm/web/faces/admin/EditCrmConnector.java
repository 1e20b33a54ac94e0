package fr.enersolar.crm.web.faces.admin;

import fr.enersolar.crm.application.NotFoundException;
import fr.enersolar.crm.application.catalogue.Crms;
import fr.enersolar.crm.application.common.Masks;
import fr.enersolar.crm.application.common.Outcome;
import fr.enersolar.crm.application.connectors.CrmConnectorAdministration;
import fr.enersolar.crm.application.connectors.CrmConnectorAdministration.CrmConnectorView;
import fr.enersolar.crm.application.connectors.InstalledConnector;
import fr.enersolar.crm.connector.spi.SettingDescriptor;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The connector of one CRM on the connectors page ({@code ?crm=…}), as {@code
 * /api/crms/{id}/connector}: readers of the connectors section see which connector delivers to it
 * and its settings (secrets masked); administrators choose the connector and fill its settings in a
 * form rendered from the connector's descriptors. A secret left empty keeps its stored value; a
 * secret is never shown back, only its mask.
 */
@Named
@ViewScoped
public class EditCrmConnector implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject CrmConnectorAdministration administration;
    @Inject Crms crms;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    private String crmParam;
    private String crmId;
    private String crmName;
    private String connectorId;
    private Map<String, String> values = new LinkedHashMap<>();
    private Map<String, String> stored = Map.of();

    /** The page's view action: reads the CRM named by {@code ?crm=}. */
    @ActionRequires(value = Section.CONNECTORS, access = Access.READ)
    public void open() {
        if (crmParam == null || crmParam.isBlank()) {
            return;
        }
        show(administration.view(crmId(crmParam)).orElseThrow(CrmNotFound::new));
    }

    private void show(CrmConnectorView view) {
        crmId = view.crm().id().value();
        crmName = view.crm().name() + " (" + view.crm().slug().value() + ")";
        connectorId = view.connectorId();
        stored = new LinkedHashMap<>(view.settings());
        values = new LinkedHashMap<>();
        view.settings()
                .forEach((key, value) -> values.put(key, Masks.isMask(value) ? null : value));
    }

    /** Chooses the connector and saves its settings (administrators of the connectors). */
    @ActionRequires(value = Section.CONNECTORS, access = Access.ADMIN)
    public void save() {
        if (crmId == null) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> sent = new LinkedHashMap<>();
        for (SettingDescriptor setting : getSettings()) {
            String value = values.get(setting.key());
            if (setting.secret() && (value == null || value.isEmpty())) {
                // left empty: keep the stored secret, sent back as its mask
                value = stored.get(setting.key());
            }
            if (value != null && !value.isBlank()) {
                sent.put(setting.key(), value);
            }
        }
        Outcome<CrmConnectorView> outcome =
                administration.update(
                        staff.require().actor(),
                        client.ip(),
                        crmId(crmId),
                        Optional.ofNullable(connectorId),
                        sent);
        if (outcome instanceof Outcome.Done<CrmConnectorView> done) {
            show(done.value());
            Messages.info(context, "connectors.crm.saved", crmName);
        } else if (outcome instanceof Outcome.Invalid<CrmConnectorView> invalid) {
            Messages.error(context, "error.refused", invalid.field() + " : " + invalid.reason());
            context.validationFailed();
        } else if (outcome instanceof Outcome.NotFound<CrmConnectorView> missing) {
            Messages.error(context, "error.refused", missing.message());
            context.validationFailed();
        }
    }

    /** Whether the settings form shows: for administrators; always on a postback. */
    public boolean isFormShown() {
        return crmId != null
                && (staff.identity().map(s -> s.mayAdminister(Section.CONNECTORS)).orElse(false)
                        || FacesContext.getCurrentInstance().isPostback());
    }

    /** The chosen connector's settings, as its descriptors describe them. */
    public List<SettingDescriptor> getSettings() {
        return installed().map(InstalledConnector::settings).orElse(List.of());
    }

    /** The chosen connector, when installed. */
    public Optional<InstalledConnector> installed() {
        return connectorId == null
                ? Optional.empty()
                : administration.installed().connectors().stream()
                        .filter(c -> c.id().equals(connectorId))
                        .findFirst();
    }

    public boolean isInstalled() {
        return installed().isPresent();
    }

    /** The installed connectors' ids, for the choice. */
    public List<String> getConnectorIds() {
        return administration.installed().connectors().stream()
                .map(InstalledConnector::id)
                .toList();
    }

    /** The CRMs, to pick one. */
    public List<Crm> getCrms() {
        return crms.list();
    }

    /** The stored value as shown: secrets masked. */
    public String storedValue(String key) {
        String value = stored.get(key);
        return value == null ? "" : value;
    }

    private static CrmId crmId(String id) {
        try {
            return new CrmId(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CrmNotFound();
        }
    }

    /** The seed's message for an unknown CRM. */
    static final class CrmNotFound extends NotFoundException {
        private static final long serialVersionUID = 1L;

        CrmNotFound() {
            super("CRM non trouvé");
        }
    }

    public String getCrmParam() {
        return crmParam;
    }

    public void setCrmParam(String crmParam) {
        this.crmParam = crmParam;
    }

    public String getCrmId() {
        return crmId;
    }

    public String getCrmName() {
        return crmName;
    }

    public String getConnectorId() {
        return connectorId;
    }

    public void setConnectorId(String connectorId) {
        this.connectorId = connectorId;
    }

    /** The form's values by setting key (secrets: empty unless typed). */
    public Map<String, String> getValues() {
        return values;
    }
}
