package fr.enersolar.crm.web.api.leads;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Throws {@value #REQUESTS} generated malformed and hostile requests at the intake: none may end in
 * a 5xx, and every one that carried the valid key and a parsable JSON object must have stored a
 * lead (its {@code lead_id} is read back).
 */
@ExtendWith(ArquillianExtension.class)
class IntakeFuzzIT {

    static final int REQUESTS = 2400;
    static final String KEY = "fuzz-intake-key-0123456789abcdef";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore(
                Map.of("crm.api.key", KEY, "crm.rate-limit.intake-per-minute", "0"));
    }

    @ArquillianResource URL deployed;

    /** One generated request and what the test expects of it. */
    record Attempt(String body, Map<String, String> headers, boolean mustStore) {}

    @Test
    void noGeneratedRequestEndsInA5xxAndEveryValidObjectIsStored() throws Exception {
        ApiClient http = new ApiClient(deployed);
        http.awaitReady();
        String form =
                Json.createReader(
                                new StringReader(
                                        http.post("probe/leads-probe/forms?product=PAC").body()))
                        .readObject()
                        .getString("code");
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        FuzzPayloads payloads = new FuzzPayloads(new Random(seed), form, KEY);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            attempts.add(payloads.next());
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        try {
            for (Attempt a : attempts) {
                sent.add(pool.submit(() -> http.post("api/v1/leads", a.body(), a.headers())));
            }
            List<String> problems = new ArrayList<>();
            int stored = 0;
            for (int i = 0; i < attempts.size(); i++) {
                Attempt attempt = attempts.get(i);
                HttpResponse<String> response = sent.get(i).get();
                String what = "seed " + seed + ", request " + i + ": " + abbreviate(attempt.body());
                if (response.statusCode() >= 500) {
                    problems.add(response.statusCode() + " for " + what);
                    continue;
                }
                if (!attempt.mustStore()) {
                    continue;
                }
                String leadId = leadId(response.body());
                if (leadId == null) {
                    problems.add(
                            "no lead_id ("
                                    + response.statusCode()
                                    + " "
                                    + abbreviate(response.body())
                                    + ") for "
                                    + what);
                } else if (http.get("probe/leads-probe/" + leadId).statusCode() != 200) {
                    problems.add("lead " + leadId + " not stored for " + what);
                } else {
                    stored++;
                }
            }
            assertThat(problems).as("fuzz seed %d", seed).isEmpty();
            assertThat(stored).as("requests that had to be stored").isGreaterThan(REQUESTS / 3);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String leadId(String body) {
        try {
            JsonObject json = Json.createReader(new StringReader(body)).readObject();
            JsonValue id = json.get("lead_id");
            return id instanceof jakarta.json.JsonString s ? s.getString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "…(" + s.length() + " chars)";
    }
}
