package fr.enersolar.crm.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.connector.spi.DeliveryResult;
import fr.enersolar.crm.connector.spi.DeliveryResult.Outcome;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnerResponsesTest {

    private final JsonProvider json = JsonProvider.provider();

    @ParameterizedTest(name = "HTTP {0} {1} → {2} {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "201 | {\"message\":\"ok\"}           | ACCEPTED    | success",
                "201 | <html>Créé</html>              | ACCEPTED    | success",
                "201 | {\"message\":\"doublon\"}      | ACCEPTED    | success",
                "200 | {\"message\":\"Doublon 30j\"}  | DUPLICATE   | duplicate",
                "400 | Lead en DOUBLON                | DUPLICATE   | duplicate",
                "409 | {\"error\":\"doublon\"}        | DUPLICATE   | duplicate",
                "200 | {\"message\":\"ok\"}           | REJECTED    | failed",
                "400 | {\"message\":\"phone\"}        | REJECTED    | validation_error",
                "422 | ''                             | REJECTED    | validation_error",
                "401 | ''                             | AUTH_FAILED | auth_error",
                "403 | {\"detail\":\"Invalid token\"} | AUTH_FAILED | auth_error",
                "404 | Not Found                      | REJECTED    | failed",
                "408 | ''                             | RETRYABLE   | timeout",
                "429 | ''                             | RETRYABLE   | rate_limited",
                "500 | ''                             | RETRYABLE   | server_error",
                "502 | <html>Bad Gateway</html>       | RETRYABLE   | server_error",
                "503 | {\"message\":\"maintenance\"}  | RETRYABLE   | server_error",
            })
    void classifiesEveryAnswer(int status, String body, Outcome outcome, String reason) {
        DeliveryResult result = PartnerResponses.classify(json, status, body).build();

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.reason()).isEqualTo(reason);
        assertThat(result.httpStatus()).hasValue(status);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"id\":\"ZR-42\"}                 | ZR-42",
                "{\"lead_id\":12345}                | 12345",
                "{\"data\":{\"reference\":\"R1\"}}  | R1",
                "{\"uuid\":\"u-1\",\"id\":\"\"}     | u-1",
            })
    void readsThePartnersReference(String body, String reference) {
        assertThat(PartnerResponses.classify(json, 201, body).build().partnerReference())
                .contains(reference);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"<html>ok</html>", "[1,2]", "{\"message\":\"ok\"}", "{not json"})
    void noReferenceWithoutOne(String body) {
        assertThat(PartnerResponses.classify(json, 201, body).build().partnerReference()).isEmpty();
    }

    @Test
    void timeoutsAndTransportFailuresAreRetried() {
        DeliveryResult timeout =
                PartnerResponses.classify(
                                new ProcessingException(
                                        new SocketTimeoutException("Read timed out")))
                        .build();
        DeliveryResult refused =
                PartnerResponses.classify(
                                new ProcessingException(new ConnectException("Connection refused")))
                        .build();
        DeliveryResult unknownHost =
                PartnerResponses.classify(
                                new ProcessingException(new UnknownHostException("nowhere")))
                        .build();

        assertThat(timeout.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(timeout.reason()).isEqualTo("timeout");
        assertThat(timeout.response()).startsWith("Timeout : ").contains("Read timed out");
        assertThat(timeout.httpStatus()).isEmpty();
        assertThat(refused.reason()).isEqualTo("connection_error");
        assertThat(refused.response())
                .isEqualTo("Erreur connexion : ConnectException: Connection refused");
        assertThat(unknownHost.reason()).isEqualTo("connection_error");
    }
}
