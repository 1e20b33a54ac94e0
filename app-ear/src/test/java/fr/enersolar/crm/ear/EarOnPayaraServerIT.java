package fr.enersolar.crm.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
}
