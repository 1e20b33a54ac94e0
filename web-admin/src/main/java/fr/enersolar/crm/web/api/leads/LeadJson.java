package fr.enersolar.crm.web.api.leads;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.leads.LeadList;
import fr.enersolar.crm.application.leads.LeadRow;
import fr.enersolar.crm.application.leads.ProductCounts;
import fr.enersolar.crm.domain.model.lead.FieldError;
import fr.enersolar.crm.domain.model.shared.ProductType;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the staff lead and statistics endpoints, built from the read models' plain values.
 */
public final class LeadJson {

    private LeadJson() {}

    /**
     * A list page with the seed's keys ({@code leads}, {@code count} = rows on this page, {@code
     * total} = leads selected) and the paging keys.
     */
    static JsonObject list(LeadList list) {
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        for (LeadRow row : list.rows()) {
            rows.add(object(row.fields()));
        }
        return JSON.createObjectBuilder()
                .add("leads", rows)
                .add("count", list.rows().size())
                .add("total", list.total().value())
                .add("total_exact", list.total().exact())
                .add("limit", list.paging().limit())
                .add("skip", list.paging().skip())
                .add("page", list.paging().page())
                .add("has_more", list.hasMore())
                .build();
    }

    /**
     * The whole lead, plus its consent evidence grouped under {@code consent} (the stored fields
     * stay where they are, with the seed's names).
     */
    static JsonObject detail(Map<String, Object> lead) {
        JsonObjectBuilder consent = JSON.createObjectBuilder();
        consent.add("rgpd_consent", value(lead.get("rgpd_consent")));
        consent.add("newsletter", value(lead.get("newsletter")));
        consent.add("text_version", value(lead.get("consent_text_version")));
        consent.add("at", value(lead.get("consent_at")));
        consent.add("ip", value(lead.get("ip")));
        consent.add("user_agent", value(lead.get("user_agent")));
        consent.add("page_url", value(lead.get("page_url")));
        return JSON.createObjectBuilder(object(lead)).add("consent", consent).build();
    }

    /** {@code {total, PV, PAC, ITE}}. */
    public static JsonObject counts(ProductCounts counts) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("total", counts.total());
        for (ProductType p : ProductType.values()) {
            json.add(p.name(), counts.of(p));
        }
        return json.build();
    }

    static JsonObject object(Map<String, ?> map) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        map.forEach((key, v) -> json.add(key, value(v)));
        return json.build();
    }

    /** A plain value as JSON: instants in ISO 8601, maps as objects, lists as arrays. */
    static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String s) {
            return JSON.createValue(s);
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return JsonValue.NULL;
        }
        if (value instanceof Number n) {
            try {
                return JSON.createValue(new BigDecimal(n.toString()));
            } catch (NumberFormatException e) {
                return JSON.createValue(n.toString()); // a stored NaN or infinity
            }
        }
        if (value instanceof Instant i) {
            return JSON.createValue(i.toString());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder json = JSON.createObjectBuilder();
            map.forEach((k, v) -> json.add(String.valueOf(k), value(v)));
            return json.build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder json = JSON.createArrayBuilder();
            list.forEach(v -> json.add(value(v)));
            return json.build();
        }
        if (value instanceof BigInteger b) {
            return JSON.createValue(b);
        }
        return JSON.createValue(value.toString());
    }

    /** 400 {@code {"detail": [{"field", "reason"}]}}. */
    public static Response invalid(List<FieldError> problems) {
        JsonArrayBuilder detail = JSON.createArrayBuilder();
        problems.forEach(
                p ->
                        detail.add(
                                JSON.createObjectBuilder()
                                        .add("field", p.field())
                                        .add("reason", p.reason())));
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder().add("detail", detail).build())
                .build();
    }
}
