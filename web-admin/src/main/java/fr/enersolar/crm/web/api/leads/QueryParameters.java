package fr.enersolar.crm.web.api.leads;

import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The query string as name → first value, for {@code LeadParameters}. */
public final class QueryParameters {

    private QueryParameters() {}

    public static Map<String, String> of(UriInfo uri) {
        Map<String, String> params = new LinkedHashMap<>();
        uri.getQueryParameters()
                .forEach(
                        (name, values) -> {
                            List<String> given = values == null ? List.of() : values;
                            if (!given.isEmpty() && given.get(0) != null) {
                                params.put(name, given.get(0));
                            }
                        });
        return params;
    }
}
