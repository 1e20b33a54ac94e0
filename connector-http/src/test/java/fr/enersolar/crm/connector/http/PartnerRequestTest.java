package fr.enersolar.crm.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.connector.spi.LeadField;
import fr.enersolar.crm.connector.spi.LeadPayload;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PartnerRequestTest {

    private final JsonProvider json = JsonProvider.provider();
    private final String key = "k-" + UUID.randomUUID();

    @Test
    void buildsTheSeedExampleWithTheFixedNames() {
        LeadPayload lead =
                LeadPayload.builder("l1", "PAC", Instant.ofEpochSecond(1770671234, 999), key)
                        .set(LeadField.PHONE, "0612345679")
                        .set(LeadField.NOM, "Dupont")
                        .set(LeadField.CIVILITE, "M.")
                        .set(LeadField.DEPARTEMENT, "75")
                        .set(LeadField.CODE_POSTAL, "75011")
                        .set(LeadField.SURFACE_HABITABLE, "120")
                        .set(LeadField.TYPE_CHAUFFAGE, "Fioul")
                        .build();

        JsonObject body = parse(PartnerRequest.body(json, lead));

        assertThat(body.keySet())
                .containsExactly(
                        "phone",
                        "register_date",
                        "nom",
                        "prenom",
                        "email",
                        "civilite",
                        "custom_fields");
        assertThat(body.getJsonNumber("register_date").longValueExact()).isEqualTo(1770671234L);
        assertThat(body.getString("prenom")).isEmpty();
        JsonObject custom = body.getJsonObject("custom_fields");
        assertThat(custom.keySet())
                .containsExactly(
                        "departement",
                        "code_postal",
                        "superficie_logement",
                        "chauffage_actuel",
                        "product_type");
        assertThat(custom.getJsonObject("superficie_logement").getString("value")).isEqualTo("120");
        assertThat(custom.getJsonObject("chauffage_actuel").getString("value")).isEqualTo("Fioul");
        assertThat(custom.getJsonObject("product_type").getString("value")).isEqualTo("PAC");
    }

    @Test
    void recordsTheRequestWithTheKeyMasked() {
        String record =
                PartnerRequest.record(
                        URI.create("http://p.example/x"), key, "{\"k\":\"" + key + "\"}");

        assertThat(record)
                .startsWith(
                        "POST http://p.example/x\nAuthorization: ****"
                                + key.substring(key.length() - 4))
                .doesNotContain(key);
    }

    @Test
    void shortKeysAreMaskedWhole() {
        assertThat(Secrets.mask("abc123")).isEqualTo("****");
        assertThat(Secrets.maskIn("key abc123!", "abc123")).isEqualTo("key ****!");
    }

    private JsonObject parse(String text) {
        try (var reader = json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
