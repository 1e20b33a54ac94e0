package fr.enersolar.crm.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;

/**
 * Staff members for the admin API tests, made through the test-only {@code /probe/staff} endpoint
 * (deployed by {@link Deployments#webAdminWithCore}): a role, optionally exact sections, and a
 * bearer token from the real login.
 */
public final class StaffSessions {

    private StaffSessions() {}

    /**
     * A new logged-in staff member: {@code token}, {@code user_id}, {@code email}, {@code
     * password}.
     */
    public static JsonObject create(ApiClient api, String role, String... sections)
            throws IOException, InterruptedException {
        String query = "probe/staff?role=" + role;
        if (sections.length > 0) {
            query += "&sections=" + String.join(",", sections);
        }
        HttpResponse<String> answer = api.post(query);
        if (answer.statusCode() != 200) {
            throw new AssertionError(
                    "probe/staff answered " + answer.statusCode() + " " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    /** The calls of a new staff member of this role. */
    public static ApiClient.Staff as(ApiClient api, String role)
            throws IOException, InterruptedException {
        return api.as(create(api, role).getString("token"));
    }
}
