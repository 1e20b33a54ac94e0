package fr.enersolar.crm.application.connectors;

import fr.enersolar.crm.domain.model.crm.CrmId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The installed connectors as the admin side sees them: list, find, rescan, and the notice that a
 * CRM's settings changed. The registry implements it together with {@link ConnectorRegistry}.
 */
public interface ConnectorCatalog {

    /** One scan's outcome: the connectors by id (one per id), the problems, and when. */
    record Scan(List<InstalledConnector> connectors, List<ConnectorProblem> problems, Instant at) {
        public Scan {
            connectors = List.copyOf(connectors);
            problems = List.copyOf(problems);
        }
    }

    /** The last scan (the first one runs on first use). */
    Scan current();

    /** The installed connector with this id. */
    default Optional<InstalledConnector> find(String id) {
        return current().connectors().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Looks at the application's libraries and the connectors folder again; a connector whose jar
     * changed or disappeared is replaced or removed, and the CRM connectors built from it are
     * closed and rebuilt on next use.
     */
    Scan rescan();

    /** The settings of this CRM changed here: its connector is rebuilt on next use. */
    void settingsChanged(CrmId crm);
}
