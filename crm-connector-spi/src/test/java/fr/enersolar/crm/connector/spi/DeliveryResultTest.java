package fr.enersolar.crm.connector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.connector.spi.DeliveryResult.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryResultTest {

    @Test
    void eachOutcomeHasItsUsualReason() {
        assertThat(DeliveryResult.builder(Outcome.ACCEPTED).build().reason()).isEqualTo("success");
        assertThat(DeliveryResult.builder(Outcome.DUPLICATE).build().reason())
                .isEqualTo("duplicate");
        assertThat(DeliveryResult.builder(Outcome.REJECTED).build().reason()).isEqualTo("failed");
        assertThat(DeliveryResult.builder(Outcome.AUTH_FAILED).build().reason())
                .isEqualTo("auth_error");
        assertThat(DeliveryResult.builder(Outcome.RETRYABLE).build().reason()).isEqualTo("error");
    }

    @Test
    void onlyAcceptedAndDuplicateAreDelivered() {
        assertThat(Outcome.values())
                .filteredOn(Outcome::delivered)
                .containsExactly(Outcome.ACCEPTED, Outcome.DUPLICATE);
        assertThat(Outcome.values())
                .filteredOn(Outcome::retryable)
                .containsExactly(Outcome.RETRYABLE);
    }

    @Test
    void carriesWhatTheTimelineShows() {
        DeliveryResult result =
                DeliveryResult.builder(Outcome.REJECTED)
                        .reason(DeliveryResult.REASON_VALIDATION_ERROR)
                        .httpStatus(400)
                        .partnerReference(" ")
                        .request("POST /x")
                        .response("{\"message\":\"phone invalide\"}")
                        .duration(Duration.ofMillis(42))
                        .build();

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.reason()).isEqualTo("validation_error");
        assertThat(result.httpStatus()).hasValue(400);
        assertThat(result.partnerReference()).isEmpty();
        assertThat(result.request()).isEqualTo("POST /x");
        assertThat(result.response()).contains("phone invalide");
        assertThat(result.duration()).isEqualTo(Duration.ofMillis(42));
        assertThat(result.toString()).contains("REJECTED", "HTTP 400", "42 ms");
    }

    @Test
    void noStatusWhenNoAnswerCame() {
        DeliveryResult result =
                DeliveryResult.builder(Outcome.RETRYABLE)
                        .reason(DeliveryResult.REASON_TIMEOUT)
                        .build();

        assertThat(result.httpStatus()).isEmpty();
        assertThat(result.request()).isEmpty();
        assertThat(result.response()).isEmpty();
    }

    @Test
    void cutsLongTexts() {
        String html = "<html>" + "x".repeat(100_000) + "</html>";

        DeliveryResult result =
                DeliveryResult.builder(Outcome.RETRYABLE).response(html).request(html).build();

        assertThat(result.response()).hasSize(DeliveryResult.MAX_TEXT_LENGTH).endsWith("[tronqué]");
        assertThat(result.request()).hasSize(DeliveryResult.MAX_TEXT_LENGTH);
    }

    @Test
    void refusesImpossibleValues() {
        DeliveryResult.Builder builder = DeliveryResult.builder(Outcome.ACCEPTED);
        assertThatThrownBy(() -> builder.httpStatus(42))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.duration(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.reason(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
