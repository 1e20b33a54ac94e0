package fr.enersolar.crm.testing;

import fr.enersolar.crm.connector.spi.CrmConnector;
import fr.enersolar.crm.connector.spi.DeliveryResult;
import fr.enersolar.crm.connector.spi.LeadField;
import fr.enersolar.crm.connector.spi.LeadPayload;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A connector that really posts each lead over HTTP ({@code {"lead_id", "phone"}}, the key in
 * {@code Authorization}, the sending server's name in {@code X-Instance}): 201 is accepted, any
 * other answer or a connection error is retryable.
 */
public final class HttpPartnerConnector implements CrmConnector {

    public static final String INSTANCE_HEADER = "X-Instance";

    private final URI endpoint;
    private final String instance;
    private final HttpClient client =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    public HttpPartnerConnector(URI endpoint, String instance) {
        this.endpoint = endpoint;
        this.instance = instance;
    }

    @Override
    public DeliveryResult deliver(LeadPayload lead) {
        String body =
                Json.createObjectBuilder()
                        .add("lead_id", lead.leadId())
                        .add("phone", String.valueOf(lead.get(LeadField.PHONE)))
                        .build()
                        .toString();
        HttpRequest request =
                HttpRequest.newBuilder(endpoint)
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Token " + lead.apiKey())
                        .header(INSTANCE_HEADER, instance)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString());
            DeliveryResult.Outcome outcome =
                    response.statusCode() == 201
                            ? DeliveryResult.Outcome.ACCEPTED
                            : DeliveryResult.Outcome.RETRYABLE;
            return DeliveryResult.builder(outcome)
                    .httpStatus(response.statusCode())
                    .request(body)
                    .response(response.body())
                    .build();
        } catch (IOException e) {
            return DeliveryResult.builder(DeliveryResult.Outcome.RETRYABLE)
                    .reason(DeliveryResult.REASON_ERROR)
                    .response(e.toString())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.builder(DeliveryResult.Outcome.RETRYABLE)
                    .reason(DeliveryResult.REASON_ERROR)
                    .response("interrupted")
                    .build();
        }
    }

    @Override
    public void close() {}
}
