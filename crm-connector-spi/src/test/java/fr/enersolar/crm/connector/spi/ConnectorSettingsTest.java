package fr.enersolar.crm.connector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConnectorSettingsTest {

    private static final List<SettingDescriptor> DESCRIPTORS =
            List.of(
                    SettingDescriptor.builder("api_url", SettingType.URL)
                            .label("URL de l'API")
                            .required()
                            .defaultValue("https://partner.example/lead/api/create_lead/")
                            .build(),
                    SettingDescriptor.builder("timeout_ms", SettingType.INT)
                            .label("Délai (ms)")
                            .defaultValue("5000")
                            .build(),
                    SettingDescriptor.builder("token", SettingType.SECRET).label("Jeton").build(),
                    SettingDescriptor.builder("verbose", SettingType.BOOL)
                            .label("Journal détaillé")
                            .build());

    @Test
    void appliesDefaultsWhenValuesAreMissingOrBlank() {
        ConnectorSettings settings =
                ConnectorSettings.of(DESCRIPTORS, Map.of("api_url", "  ", "timeout_ms", ""));

        assertThat(settings.url("api_url"))
                .isEqualTo(URI.create("https://partner.example/lead/api/create_lead/"));
        assertThat(settings.integer("timeout_ms")).isEqualTo(5000);
        assertThat(settings.value("token")).isEmpty();
        assertThat(settings.string("token")).isEmpty();
        assertThat(settings.bool("verbose")).isFalse();
    }

    @Test
    void givesTypedValues() {
        ConnectorSettings settings =
                ConnectorSettings.of(
                        DESCRIPTORS,
                        Map.of(
                                "api_url", " http://localhost:8080/x ",
                                "timeout_ms", "250",
                                "verbose", "TRUE"));

        assertThat(settings.url("api_url")).isEqualTo(URI.create("http://localhost:8080/x"));
        assertThat(settings.integer("timeout_ms")).isEqualTo(250);
        assertThat(settings.bool("verbose")).isTrue();
        assertThat(settings.descriptors()).isEqualTo(DESCRIPTORS);
    }

    @Test
    void refusesMissingRequiredValueNamingTheSetting() {
        List<SettingDescriptor> noDefault =
                List.of(
                        SettingDescriptor.builder("api_url", SettingType.URL)
                                .label("URL de l'API")
                                .required()
                                .build());

        assertThatThrownBy(() -> ConnectorSettings.defaults(noDefault))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("Paramètre obligatoire manquant : URL de l'API (api_url)")
                .satisfies(
                        e -> assertThat(((ConnectorException) e).settingKey()).contains("api_url"));
    }

    @Test
    void refusesValuesThatDoNotFitTheirType() {
        assertThatThrownBy(() -> ConnectorSettings.of(DESCRIPTORS, Map.of("api_url", "ftp://x/")))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("api_url");
        assertThatThrownBy(() -> ConnectorSettings.of(DESCRIPTORS, Map.of("timeout_ms", "5s")))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("nombre entier");
        assertThatThrownBy(() -> ConnectorSettings.of(DESCRIPTORS, Map.of("verbose", "oui")))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("true ou false");
    }

    @Test
    void refusesUndescribedKeys() {
        assertThatThrownBy(() -> ConnectorSettings.of(DESCRIPTORS, Map.of("apiurl", "x")))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("Paramètre inconnu : apiurl");
    }

    @Test
    void refusesTwoDescriptorsWithOneKey() {
        List<SettingDescriptor> twice = List.of(DESCRIPTORS.get(0), DESCRIPTORS.get(0));

        assertThatThrownBy(() -> ConnectorSettings.defaults(twice))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksSecretsWhenPrinted() {
        String token = UUID.randomUUID().toString();

        ConnectorSettings settings = ConnectorSettings.of(DESCRIPTORS, Map.of("token", token));

        assertThat(settings.string("token")).isEqualTo(token);
        assertThat(settings.toString()).doesNotContain(token).contains("token=****");
    }
}
