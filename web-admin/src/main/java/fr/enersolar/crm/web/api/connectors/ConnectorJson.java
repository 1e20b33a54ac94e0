package fr.enersolar.crm.web.api.connectors;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.connectors.ConnectorCatalog;
import fr.enersolar.crm.application.connectors.ConnectorProblem;
import fr.enersolar.crm.application.connectors.CrmConnectorAdministration.CrmConnectorView;
import fr.enersolar.crm.application.connectors.InstalledConnector;
import fr.enersolar.crm.connector.spi.SettingDescriptor;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;

/** The JSON shapes of the connectors API (snake_case keys). */
final class ConnectorJson {

    private ConnectorJson() {}

    /** {@code {connectors, problems, count, scanned_at}}. */
    static JsonObjectBuilder scan(ConnectorCatalog.Scan scan) {
        JsonArrayBuilder connectors = JSON.createArrayBuilder();
        scan.connectors().forEach(c -> connectors.add(connector(c)));
        JsonArrayBuilder problems = JSON.createArrayBuilder();
        for (ConnectorProblem p : scan.problems()) {
            problems.add(
                    JSON.createObjectBuilder().add("source", p.source()).add("reason", p.reason()));
        }
        return JSON.createObjectBuilder()
                .add("connectors", connectors)
                .add("count", scan.connectors().size())
                .add("problems", problems)
                .add("scanned_at", scan.at().toString());
    }

    /** One installed connector with its settings described as data. */
    static JsonObject connector(InstalledConnector c) {
        JsonArrayBuilder settings = JSON.createArrayBuilder();
        c.settings().forEach(s -> settings.add(setting(s)));
        JsonObjectBuilder source = JSON.createObjectBuilder().add("type", c.source().key());
        c.jarName().ifPresentOrElse(jar -> source.add("jar", jar), () -> source.addNull("jar"));
        return JSON.createObjectBuilder()
                .add("id", c.id())
                .add("display_name", c.displayName())
                .add("version", c.version())
                .add("source", source)
                .add("settings", settings)
                .build();
    }

    private static JsonObject setting(SettingDescriptor s) {
        JsonObjectBuilder json =
                JSON.createObjectBuilder()
                        .add("key", s.key())
                        .add("label", s.label())
                        .add("type", s.type().name().toLowerCase(Locale.ROOT))
                        .add("required", s.required())
                        .add("secret", s.secret())
                        .add("help", s.help());
        s.defaultValue()
                .ifPresentOrElse(d -> json.add("default", d), () -> json.addNull("default"));
        return json.build();
    }

    /** A CRM's connector: id, whether installed, its description, settings masked. */
    static JsonObjectBuilder crmConnector(CrmConnectorView view) {
        JsonObjectBuilder settings = JSON.createObjectBuilder();
        view.settings().forEach(settings::add);
        JsonObjectBuilder json =
                JSON.createObjectBuilder()
                        .add("crm_id", view.crm().id().value())
                        .add("crm_name", view.crm().name())
                        .add("crm_slug", view.crm().slug().value())
                        .add("connector_id", view.connectorId())
                        .add("installed", view.installed().isPresent())
                        .add("settings", settings);
        view.installed()
                .ifPresentOrElse(
                        c -> json.add("connector", connector(c)), () -> json.addNull("connector"));
        return json;
    }
}
