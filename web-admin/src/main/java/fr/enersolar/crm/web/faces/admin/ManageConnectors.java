package fr.enersolar.crm.web.faces.admin;

import fr.enersolar.crm.application.connectors.ConnectorCatalog;
import fr.enersolar.crm.application.connectors.CrmConnectorAdministration;
import fr.enersolar.crm.connector.spi.SettingDescriptor;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The connectors page (the connectors section open, as {@code GET /api/connectors}): the installed
 * connector plugins with their id, name, version and source (the EAR, or a jar of the connectors
 * folder), each one's settings rendered from its descriptors (the SPI describes them as data), the
 * jars the last scan could not install with the reason, and the rescan of the folder
 * (administrators of the connectors section, as {@code POST /api/connectors/rescan}).
 */
@Named
@RequestScoped
public class ManageConnectors {

    @Inject CrmConnectorAdministration administration;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    private ConnectorCatalog.Scan scan;

    @PostConstruct
    void load() {
        scan = administration.installed();
    }

    /** Looks at the connectors folder again (logged). */
    @ActionRequires(value = Section.CONNECTORS, access = Access.ADMIN)
    public void rescan() {
        scan = administration.rescan(staff.require().actor(), client.ip());
        Messages.info(
                FacesContext.getCurrentInstance(),
                "connectors.rescanned",
                scan.connectors().size(),
                scan.problems().size());
    }

    /** Whether the rescan button shows: for administrators; always on a postback (see above). */
    public boolean isRescanShown() {
        return staff.identity().map(s -> s.mayAdminister(Section.CONNECTORS)).orElse(false)
                || FacesContext.getCurrentInstance().isPostback();
    }

    public ConnectorCatalog.Scan getScan() {
        return scan;
    }

    /** The HTML input type that renders a setting of this descriptor. */
    public String inputType(SettingDescriptor setting) {
        return switch (setting.type()) {
            case SECRET -> "password";
            case URL -> "url";
            case INT -> "number";
            case BOOL -> "checkbox";
            case STRING -> "text";
        };
    }

    /** The bundle's label of a setting type. */
    public String typeLabel(SettingDescriptor setting) {
        return Messages.text(
                FacesContext.getCurrentInstance(),
                "connectors.type." + setting.type().name().toLowerCase(java.util.Locale.ROOT));
    }
}
