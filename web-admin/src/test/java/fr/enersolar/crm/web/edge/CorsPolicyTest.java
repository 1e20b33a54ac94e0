package fr.enersolar.crm.web.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    private static final CorsPolicy DEFAULTS = CorsPolicy.of(List.of("*"), List.of());

    private static final CorsPolicy CONFIGURED =
            CorsPolicy.of(
                    List.of("https://www.solaire-example.fr", "http://localhost:3000/"),
                    List.of("https://admin.enersolar.example"));

    @Test
    void byDefaultAnyOriginReadsPublicAndIntakeAnswersAsAStar() {
        assertThat(DEFAULTS.allowOrigin(EndpointGroup.INTAKE, "https://anything.example"))
                .contains("*");
        assertThat(DEFAULTS.allowOrigin(EndpointGroup.PUBLIC, "https://anything.example"))
                .contains("*");
        assertThat(DEFAULTS.variesByOrigin(EndpointGroup.PUBLIC)).isFalse();
    }

    @Test
    void byDefaultTheAdminApiIsSameOriginOnly() {
        assertThat(DEFAULTS.allowOrigin(EndpointGroup.ADMIN, "https://anything.example")).isEmpty();
        assertThat(DEFAULTS.variesByOrigin(EndpointGroup.ADMIN)).isTrue();
    }

    @Test
    void echoesAListedPublicOriginAndRefusesOthers() {
        assertThat(CONFIGURED.allowOrigin(EndpointGroup.INTAKE, "https://www.solaire-example.fr"))
                .contains("https://www.solaire-example.fr");
        assertThat(CONFIGURED.allowOrigin(EndpointGroup.PUBLIC, "http://localhost:3000"))
                .contains("http://localhost:3000");
        assertThat(CONFIGURED.allowOrigin(EndpointGroup.INTAKE, "https://evil.example")).isEmpty();
        assertThat(CONFIGURED.variesByOrigin(EndpointGroup.INTAKE)).isTrue();
    }

    @Test
    void comparesOriginsWithoutCase() {
        assertThat(CONFIGURED.allowOrigin(EndpointGroup.INTAKE, "HTTPS://WWW.Solaire-Example.fr"))
                .contains("HTTPS://WWW.Solaire-Example.fr");
    }

    @Test
    void publicOriginsDoNotOpenTheAdminApiNorAdminOriginsThePublicOnes() {
        assertThat(CONFIGURED.allowOrigin(EndpointGroup.ADMIN, "https://www.solaire-example.fr"))
                .isEmpty();
        assertThat(CONFIGURED.allowOrigin(EndpointGroup.ADMIN, "https://admin.enersolar.example"))
                .contains("https://admin.enersolar.example");
        assertThat(CONFIGURED.allowOrigin(EndpointGroup.INTAKE, "https://admin.enersolar.example"))
                .isEmpty();
    }

    @Test
    void pathsOutsideTheApiGetNoCors() {
        assertThat(DEFAULTS.allowOrigin(EndpointGroup.OTHER, "https://anything.example")).isEmpty();
        assertThat(CONFIGURED.allowOrigin(EndpointGroup.OTHER, "https://admin.enersolar.example"))
                .isEmpty();
    }

    @Test
    void aRequestWithoutOriginGetsNothing() {
        assertThat(DEFAULTS.allowOrigin(EndpointGroup.INTAKE, null)).isEmpty();
        assertThat(DEFAULTS.allowOrigin(EndpointGroup.INTAKE, " ")).isEmpty();
    }

    @Test
    void refusesAStarForTheAdminApi() {
        assertThatThrownBy(() -> CorsPolicy.of(List.of("*"), List.of("*")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("admin");
    }

    @Test
    void refusesMalformedOrigins() {
        for (String bad :
                List.of("www.example.fr", "https://example.fr/path", "ftp://example.fr", "null")) {
            assertThatThrownBy(() -> CorsPolicy.of(List.of(bad), List.of()))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void allowsTheMethodsOfEachGroup() {
        assertThat(DEFAULTS.allowMethods(EndpointGroup.INTAKE)).isEqualTo("GET, POST, OPTIONS");
        assertThat(DEFAULTS.allowMethods(EndpointGroup.ADMIN)).contains("DELETE", "PUT", "PATCH");
    }

    @Test
    void echoesWellFormedRequestedHeadersOnly() {
        assertThat(CorsPolicy.allowHeaders("authorization, content-type"))
                .contains("authorization, content-type");
        assertThat(CorsPolicy.allowHeaders("x-ok, bad header, \r\nx-injected: 1")).contains("x-ok");
        assertThat(CorsPolicy.allowHeaders(null)).isEmpty();
        assertThat(CorsPolicy.allowHeaders(" , ")).isEmpty();
    }
}
