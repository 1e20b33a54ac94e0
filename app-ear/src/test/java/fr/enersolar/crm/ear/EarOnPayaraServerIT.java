package fr.enersolar.crm.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploys the real EAR, as built, on a real Payara Server domain (started by the build) and checks
 * it comes up ready with its embedded store.
 */
@ExtendWith(ArquillianExtension.class)
class EarOnPayaraServerIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final String EAR = "enersolar-crm";

    @ArquillianResource Deployer deployer;

    /** Deployed by each test itself, so a test can also redeploy it. */
    @Deployment(name = EAR, managed = false, testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(
                EnterpriseArchive.class, new File(System.getProperty("it.ear")));
    }

    private static URI url(String path) {
        return URI.create("http://localhost:" + System.getProperty("it.http.port") + path);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the path answers 200 or the deadline passes; returns the last response. */
    private static HttpResponse<String> awaitOk(String path, Duration within)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(within);
        HttpResponse<String> last = get(path);
        while (last.statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            last = get(path);
        }
        return last;
    }

    @Test
    void becomesReadyWithItsEmbeddedStoreAndReportsHealth() throws Exception {
        deployer.deploy(EAR);
        try {
            HttpResponse<String> ready = awaitOk("/health/ready", Duration.ofSeconds(60));
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"name\":\"store\"");

            HttpResponse<String> live = get("/health/live");
            assertThat(live.statusCode()).isEqualTo(200);

            HttpResponse<String> seed = get("/api/health");
            assertThat(seed.statusCode()).isEqualTo(200);
            assertThat(seed.body())
                    .contains("\"status\":\"healthy\"")
                    .contains("\"mongodb\":\"ok\"");

            // MicroProfile OpenAPI of the server documents the EAR's API
            HttpResponse<String> openapi = get("/openapi");
            assertThat(openapi.statusCode()).isEqualTo(200);
            assertThat(openapi.body())
                    .contains("/api/v1/leads")
                    .contains("/api/auth/users")
                    .contains("bearer");
            // The admin UI (Faces + PrimeFaces inside the WAR) on the full server: the login page
            // renders in French, and the root sends an anonymous browser to it.
            HttpResponse<String> login = get("/login.xhtml");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("Connexion").contains("primefaces");
            HttpResponse<String> root = get("/");
            assertThat(root.statusCode()).isEqualTo(302);
            assertThat(root.headers().firstValue("Location").orElseThrow())
                    .contains("/login.xhtml");
        } finally {
            deployer.undeploy(EAR);
        }
    }

    /**
     * The store file written by one deployment is read by the next: the stored documents (the first
     * administrator, the intake key) come back, and the application is ready again.
     */
    @Test
    void readsTheStoreItWroteBeforeARedeploy() throws Exception {
        deployer.deploy(EAR);
        try {
            assertThat(awaitOk("/health/ready", Duration.ofSeconds(60)).statusCode())
                    .isEqualTo(200);
        } finally {
            deployer.undeploy(EAR);
        }

        deployer.deploy(EAR);
        try {
            HttpResponse<String> ready = awaitOk("/health/ready", Duration.ofSeconds(60));
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            assertThat(get("/api/health").statusCode()).isEqualTo(200);
        } finally {
            deployer.undeploy(EAR);
        }
    }

    // batch-ear: the nightly jobs inside the EAR, on the server's own batch runtime

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The nightly jobs run inside the EAR on Payara Server's batch runtime: leads taken through the
     * v1 API on the demo set-up (the domain runs with {@code CRM_DEMO=true}) are delivered to the
     * sandbox partner, cross-CRM with the redistribution key or refused with 503s until {@code
     * failed}; then the verification run and the billing rollup, started through the admin API,
     * complete, and their report and statement hold exactly those leads.
     */
    @Test
    void runsTheNightlyJobsOnTheServersBatchRuntime() throws Exception {
        deployer.deploy(EAR);
        try {
            assertThat(awaitOk("/health/ready", Duration.ofSeconds(60)).statusCode())
                    .isEqualTo(200);
            Map<String, String> secrets = firstStartSecrets();
            HttpResponse<String> login =
                    send(
                            "POST",
                            "/api/auth/login",
                            null,
                            Json.createObjectBuilder()
                                    .add("email", secrets.get("Administrateur"))
                                    .add("password", secrets.get("Mot de passe"))
                                    .build()
                                    .toString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            String staff = "Bearer " + json(login).getString("token");

            Map<String, String> crmIds = new HashMap<>();
            for (JsonValue crm : json(send("GET", "/api/crms", staff, null)).getJsonArray("crms")) {
                crmIds.put(
                        crm.asJsonObject().getString("slug"), crm.asJsonObject().getString("id"));
            }
            assertThat(crmIds).containsKeys("zr7", "mdl");
            JsonObject pacOfZr7 = demoForm(staff, "Soleil Express", "PAC");
            JsonObject iteOfMdl = demoForm(staff, "Confort Habitat", "ITE");

            // MDL takes ZR7's PAC leads outside ZR7's départements with this key (sandbox: any key)
            HttpResponse<String> key =
                    send(
                            "PUT",
                            "/api/settings/redistribution-keys/" + crmIds.get("mdl") + "/PAC",
                            staff,
                            Json.createObjectBuilder()
                                    .add("api_key", "redistribution-" + randomHex())
                                    .build()
                                    .toString());
            assertThat(key.statusCode()).as(key.body()).isEqualTo(200);
            // ... and the sandbox answers 503 to MDL's own ITE form from now on
            HttpResponse<String> failing =
                    send(
                            "PUT",
                            "/api/forms/" + iteOfMdl.getString("id"),
                            staff,
                            Json.createObjectBuilder()
                                    .add("crm_api_key", "sandbox-5xx-" + randomHex())
                                    .build()
                                    .toString());
            assertThat(failing.statusCode()).as(failing.body()).isEqualTo(200);

            String intakeKey = "Token " + secrets.get("Clé API v1");
            List<String> crossCrm =
                    List.of(
                            intake(intakeKey, pacOfZr7, "69001"),
                            intake(intakeKey, pacOfZr7, "69002"),
                            intake(intakeKey, pacOfZr7, "01000"));
            String ownCrm = intake(intakeKey, pacOfZr7, "13001");
            String refused = intake(intakeKey, iteOfMdl, "75011");
            for (String lead : crossCrm) {
                JsonObject delivered = awaitLead(staff, lead, "success");
                assertThat(delivered.getString("target_crm_id")).isEqualTo(crmIds.get("mdl"));
            }
            assertThat(awaitLead(staff, ownCrm, "success").getString("target_crm_id"))
                    .isEqualTo(crmIds.get("zr7"));
            awaitLead(staff, refused, "failed");

            // Verification: 4 delivered, the failed one handed back to the outbox
            HttpResponse<String> run = send("POST", "/api/verification/run", staff, "{}");
            assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
            JsonObject verification =
                    awaitExecution(
                            staff,
                            "/api/verification/executions/"
                                    + json(run).getJsonNumber("execution_id").longValue());
            assertThat(verification.getString("status"))
                    .as(verification.toString())
                    .isEqualTo("COMPLETED");
            JsonObject report =
                    json(send("GET", "/api/verification/reports/latest", staff, null))
                            .getJsonObject("report");
            assertThat(report.getInt("total_leads")).as(report.toString()).isEqualTo(5);
            assertThat(report.getInt("successful")).isEqualTo(4);
            assertThat(report.getInt("failed")).isEqualTo(1);
            assertThat(report.getInt("retried")).isEqualTo(1);
            assertThat(report.getJsonArray("details").toString()).contains(refused);
            JsonObject requeued = lead(staff, refused);
            assertThat(requeued.getString("retried_by", ""))
                    .as(requeued.toString())
                    .isEqualTo("nightly_verification");

            // Billing: this month's statement ZR7 -> MDL holds the 3 cross-CRM leads at 18.00
            YearMonth month = YearMonth.now(ZoneOffset.UTC);
            HttpResponse<String> calculate =
                    send(
                            "POST",
                            "/api/billing/calculate",
                            staff,
                            Json.createObjectBuilder()
                                    .add("year", month.getYear())
                                    .add("month", month.getMonthValue())
                                    .build()
                                    .toString());
            assertThat(calculate.statusCode()).as(calculate.body()).isEqualTo(202);
            JsonObject rollup =
                    awaitExecution(
                            staff,
                            "/api/billing/executions/"
                                    + json(calculate).getJsonNumber("execution_id").longValue());
            assertThat(rollup.getString("status")).as(rollup.toString()).isEqualTo("COMPLETED");
            var history =
                    json(send(
                                    "GET",
                                    "/api/billing/history?year="
                                            + month.getYear()
                                            + "&month="
                                            + month.getMonthValue(),
                                    staff,
                                    null))
                            .getJsonArray("history");
            assertThat(history).as(history.toString()).hasSize(1);
            JsonObject statement = history.getJsonObject(0);
            assertThat(statement.getString("from_crm_id")).isEqualTo(crmIds.get("zr7"));
            assertThat(statement.getString("to_crm_id")).isEqualTo(crmIds.get("mdl"));
            assertThat(statement.getInt("total_leads")).isEqualTo(3);
            assertThat(statement.getJsonNumber("total_amount").bigDecimalValue())
                    .isEqualByComparingTo("54.00");
            assertThat(statement.getString("status")).isEqualTo("draft");
            assertThat(statement.getJsonArray("breakdown").toString())
                    .contains("\"department\":\"69\"")
                    .contains("\"department\":\"01\"");
        } finally {
            deployer.undeploy(EAR);
        }
    }

    /** The first start's administrator and v1 key, from the file the application wrote. */
    private static Map<String, String> firstStartSecrets() throws IOException {
        Path file = Path.of(System.getProperty("it.data.dir"), "first-start-secrets.txt");
        Map<String, String> secrets = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int colon = line.indexOf(" : ");
            if (colon > 0) {
                secrets.put(line.substring(0, colon).trim(), line.substring(colon + 3).trim());
            }
        }
        assertThat(secrets).containsKeys("Administrateur", "Mot de passe", "Clé API v1");
        return secrets;
    }

    private static JsonObject demoForm(String staff, String account, String product)
            throws IOException, InterruptedException {
        return json(send("GET", "/api/forms?limit=100", staff, null))
                .getJsonArray("forms")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(f -> account.equals(f.getString("account_name", "")))
                .filter(f -> product.equals(f.getString("product_type", "")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo form " + account + " " + product));
    }

    /** Takes one lead through the v1 API; answers its id. */
    private static String intake(String key, JsonObject form, String postalCode)
            throws IOException, InterruptedException {
        // 0612…: a mobile range libphonenumber knows (063 9…, 069 0… are not French numbers)
        String phone = "0612" + (100_000 + RANDOM.nextInt(900_000));
        HttpResponse<String> answer =
                send(
                        "POST",
                        "/api/v1/leads",
                        key,
                        Json.createObjectBuilder()
                                .add("form_id", form.getString("code"))
                                .add("phone", phone)
                                .add("nom", "Batch")
                                .add("prenom", "Test")
                                .add("code_postal", postalCode)
                                .add("departement", postalCode.substring(0, 2))
                                .build()
                                .toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json(answer).getString("status")).as(answer.body()).isEqualTo("pending");
        return json(answer).getString("lead_id");
    }

    private static JsonObject lead(String staff, String id)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = send("GET", "/api/leads/" + id, staff, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject body = json(answer);
        return body.containsKey("lead") ? body.getJsonObject("lead") : body;
    }

    /** Polls the lead until its delivery status is {@code status} (deadline 2 minutes). */
    private static JsonObject awaitLead(String staff, String id, String status)
            throws IOException, InterruptedException {
        return await(
                () -> lead(staff, id),
                l -> status.equals(l.getString("api_status", "")),
                Duration.ofMinutes(2));
    }

    /** Polls a job execution until it has ended (deadline 3 minutes). */
    private static JsonObject awaitExecution(String staff, String path)
            throws IOException, InterruptedException {
        return await(
                () -> {
                    HttpResponse<String> answer = send("GET", path, staff, null);
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                    return json(answer);
                },
                e ->
                        List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
                                .contains(e.getString("status", "")),
                Duration.ofMinutes(3));
    }

    private interface Read {
        JsonObject get() throws IOException, InterruptedException;
    }

    private static JsonObject await(Read read, Predicate<JsonObject> done, Duration within)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(within);
        JsonObject last = read.get();
        while (!done.test(last) && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            last = read.get();
        }
        assertThat(done.test(last)).as(last.toString()).isTrue();
        return last;
    }

    private static HttpResponse<String> send(
            String method, String path, String authorization, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url(path))
                        .timeout(Duration.ofSeconds(30))
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> answer) {
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    private static String randomHex() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
