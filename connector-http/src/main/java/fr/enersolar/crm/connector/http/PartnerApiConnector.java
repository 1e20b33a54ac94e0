package fr.enersolar.crm.connector.http;

import fr.enersolar.crm.connector.spi.ConnectorException;
import fr.enersolar.crm.connector.spi.CrmConnector;
import fr.enersolar.crm.connector.spi.DeliveryResult;
import fr.enersolar.crm.connector.spi.DeliveryResult.Outcome;
import fr.enersolar.crm.connector.spi.LeadPayload;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Delivers leads to one partner endpoint: one JAX-RS client per connector (thread-safe, reused by
 * every delivery), one POST per attempt, no retry inside the attempt. The client implementation is
 * the one the runtime provides: Jersey on Payara, RESTEasy on WildFly, Jersey in the tests.
 *
 * <p>One attempt is one POST only if the JVM runs with {@code -Dsun.net.http.retryPost=false}:
 * Jersey's default connector is the JDK's {@code HttpURLConnection}, which otherwise sends a POST a
 * second time, silently, when the connection drops before the answer (see the module README).
 */
final class PartnerApiConnector implements CrmConnector {

    /** The most of an answer read; the timeline keeps less (DeliveryResult.MAX_TEXT_LENGTH). */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final URI endpoint;
    private final String userAgent;
    private final JsonProvider json;
    private final Client client;
    private final WebTarget target;
    private volatile boolean closed;

    PartnerApiConnector(
            URI endpoint, Duration connectTimeout, Duration readTimeout, String userAgent) {
        this.endpoint = endpoint;
        this.userAgent = userAgent;
        this.json = JsonProvider.provider();
        this.client =
                ClientBuilder.newBuilder()
                        .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                        .build();
        this.target = client.target(endpoint);
    }

    @Override
    public DeliveryResult deliver(LeadPayload lead) {
        if (closed) {
            throw new ConnectorException("Connecteur fermé : " + endpoint);
        }
        long start = System.nanoTime();
        String body = PartnerRequest.body(json, lead);
        DeliveryResult.Builder result;
        try {
            result = send(lead.apiKey(), body);
        } catch (ProcessingException e) {
            result = PartnerResponses.classify(e);
        } catch (RuntimeException e) {
            // A fault of ours or of the client library: retried, and visible on the timeline.
            result =
                    DeliveryResult.builder(Outcome.RETRYABLE)
                            .reason(DeliveryResult.REASON_ERROR)
                            .response("Erreur : " + e);
        }
        return result.request(PartnerRequest.record(endpoint, lead.apiKey(), body))
                .duration(Duration.ofNanos(System.nanoTime() - start))
                .build();
    }

    private DeliveryResult.Builder send(String apiKey, String body) {
        Invocation.Builder request =
                target.request()
                        .header(HttpHeaders.AUTHORIZATION, apiKey)
                        .header(HttpHeaders.USER_AGENT, userAgent)
                        .accept(MediaType.APPLICATION_JSON_TYPE, MediaType.WILDCARD_TYPE);
        try (Response response =
                request.post(
                        Entity.entity(
                                body.getBytes(StandardCharsets.UTF_8),
                                MediaType.APPLICATION_JSON_TYPE))) {
            String text = Secrets.maskIn(read(response), apiKey);
            return PartnerResponses.classify(json, response.getStatus(), text).response(text);
        }
    }

    private static String read(Response response) {
        if (!response.hasEntity()) {
            return "";
        }
        Charset charset = charset(response.getMediaType());
        try (InputStream in = response.readEntity(InputStream.class)) {
            return new String(in.readNBytes(MAX_BODY_BYTES), charset);
        } catch (IOException e) {
            throw new ProcessingException(e);
        }
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            client.close();
        }
    }

    @Override
    public String toString() {
        return "PartnerApiConnector[" + endpoint + (closed ? ", closed" : "") + "]";
    }
}
