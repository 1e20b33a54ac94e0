package fr.enersolar.crm.connector.http;

import fr.enersolar.crm.connector.spi.LeadField;
import fr.enersolar.crm.connector.spi.LeadPayload;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The request body of the partner contract. The lead's identity sits at the top level ({@code
 * phone}, {@code register_date} in Unix seconds, {@code nom}, {@code prenom}, {@code email}, and
 * {@code civilite} when known); every other known value goes under {@code custom_fields} as {@code
 * {"name": {"value": "…"}}}, only when non-empty, and {@code custom_fields} itself only when it has
 * an entry. The seed's two naming bugs are fixed: {@code surface_habitable} is sent as {@code
 * superficie_logement} and {@code type_chauffage} as {@code chauffage_actuel}.
 */
public final class PartnerRequest {

    /** Partner name → value, in the order the original contract lists them. */
    private static final Map<String, Function<LeadPayload, String>> CUSTOM_FIELDS = customFields();

    private PartnerRequest() {}

    private static Map<String, Function<LeadPayload, String>> customFields() {
        Map<String, Function<LeadPayload, String>> fields = new LinkedHashMap<>();
        field(fields, "departement", LeadField.DEPARTEMENT);
        field(fields, "code_postal", LeadField.CODE_POSTAL);
        field(fields, "type_logement", LeadField.TYPE_LOGEMENT);
        field(fields, "statut_occupant", LeadField.STATUT_OCCUPANT);
        field(fields, "facture_electricite", LeadField.FACTURE_ELECTRICITE);
        field(fields, "superficie_logement", LeadField.SURFACE_HABITABLE);
        field(fields, "chauffage_actuel", LeadField.TYPE_CHAUFFAGE);
        field(fields, "ville", LeadField.VILLE);
        field(fields, "adresse", LeadField.ADRESSE);
        field(fields, "annee_construction", LeadField.ANNEE_CONSTRUCTION);
        field(fields, "facture_chauffage", LeadField.FACTURE_CHAUFFAGE);
        field(fields, "type_projet", LeadField.TYPE_PROJET);
        field(fields, "delai_projet", LeadField.DELAI_PROJET);
        field(fields, "budget", LeadField.BUDGET);
        fields.put("product_type", LeadPayload::productType);
        field(fields, "lp_code", LeadField.LP_CODE);
        field(fields, "liaison_code", LeadField.LIAISON_CODE);
        field(fields, "utm_source", LeadField.UTM_SOURCE);
        field(fields, "utm_medium", LeadField.UTM_MEDIUM);
        field(fields, "utm_campaign", LeadField.UTM_CAMPAIGN);
        return Collections.unmodifiableMap(fields);
    }

    private static void field(
            Map<String, Function<LeadPayload, String>> fields, String name, LeadField field) {
        fields.put(name, lead -> lead.get(field));
    }

    /**
     * The JSON body for a lead.
     *
     * @param json the JSON-P provider to build with
     * @param lead the lead
     * @return the body, UTF-8 text
     */
    public static String body(JsonProvider json, LeadPayload lead) {
        JsonObjectBuilder body =
                json.createObjectBuilder()
                        .add("phone", lead.get(LeadField.PHONE))
                        .add("register_date", lead.registeredAt().getEpochSecond())
                        .add("nom", lead.get(LeadField.NOM))
                        .add("prenom", lead.get(LeadField.PRENOM))
                        .add("email", lead.get(LeadField.EMAIL));
        String civilite = lead.get(LeadField.CIVILITE);
        if (!civilite.isEmpty()) {
            body.add("civilite", civilite);
        }
        JsonObjectBuilder custom = json.createObjectBuilder();
        int count = 0;
        for (Map.Entry<String, Function<LeadPayload, String>> field : CUSTOM_FIELDS.entrySet()) {
            String value = field.getValue().apply(lead);
            if (value != null && !value.isBlank()) {
                custom.add(field.getKey(), json.createObjectBuilder().add("value", value));
                count++;
            }
        }
        if (count > 0) {
            body.add("custom_fields", custom);
        }
        return body.build().toString();
    }

    /**
     * The request as the timeline records it: method, URL, headers with the key masked, body.
     *
     * @param endpoint where it is sent
     * @param apiKey the raw key, masked in the record
     * @param body the JSON body
     * @return the text to record
     */
    public static String record(URI endpoint, String apiKey, String body) {
        String text =
                "POST "
                        + endpoint
                        + "\nAuthorization: "
                        + Secrets.mask(apiKey)
                        + "\nContent-Type: application/json\n\n"
                        + body;
        return Secrets.maskIn(text, apiKey);
    }
}
