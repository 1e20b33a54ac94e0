package fr.enersolar.crm.connector.mdl;

import static fr.enersolar.crm.connector.http.PartnerApiConnectorFactory.API_URL;
import static fr.enersolar.crm.connector.http.PartnerApiConnectorFactory.READ_TIMEOUT_MS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.connector.spi.CrmConnectorFactory;
import fr.enersolar.crm.connector.tck.DropIn;
import fr.enersolar.crm.connector.tck.PartnerApiContract;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The built connector-mdl jar, loaded alone through its own class loader as the connectors folder
 * loads it, against the whole partner contract suite: proves the jar is self-contained.
 */
class MdlDropInIT extends PartnerApiContract {

    private final DropIn dropIn =
            DropIn.load(
                    Path.of(System.getProperty("connector.jar")),
                    "fr.enersolar.crm.connector.mdl.",
                    "fr.enersolar.crm.connector.http.");

    @AfterAll
    void unload() {
        dropIn.close();
    }

    @Override
    protected CrmConnectorFactory factory() {
        return dropIn.factory(MdlConnectorFactory.ID);
    }

    @Override
    protected Map<String, String> settingsFor(String apiUrl, int readTimeoutMillis) {
        return Map.of(API_URL, apiUrl, READ_TIMEOUT_MS, Integer.toString(readTimeoutMillis));
    }

    @Test
    void bundlesTheProtocolButNothingTheApplicationProvides() {
        assertThat(dropIn.entriesStartingWith("fr/enersolar/crm/connector/mdl/internal/http/"))
                .isNotEmpty();
        assertThat(dropIn.entriesStartingWith("fr/enersolar/crm/connector/http/")).isEmpty();
        assertThat(dropIn.entriesStartingWith("fr/enersolar/crm/connector/spi/")).isEmpty();
        assertThat(dropIn.entriesStartingWith("jakarta/")).isEmpty();
        assertThat(dropIn.entriesStartingWith("org/")).isEmpty();
    }

    @Test
    void reportsTheJarsVersion() {
        assertThat(factory().version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
