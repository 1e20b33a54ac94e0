package fr.enersolar.crm.web.edge.errors;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.edge.RequestBodyTooLargeException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class ErrorResponsesTest {

    @Test
    void findsTheBodyLimitBelowAJsonReadersWrapping() {
        Throwable wrapped =
                new JsonbException("Internal error", new RequestBodyTooLargeException());

        assertThat(ErrorResponses.bodyTooLarge(wrapped)).isTrue();
        assertThat(ErrorResponses.bodyTooLarge(new JsonbException("x"))).isFalse();
    }

    @Test
    void recognisesJsonFailuresAnywhereInTheChain() {
        assertThat(ErrorResponses.jsonFailure(new RuntimeException(new JsonException("bad"))))
                .isTrue();
        assertThat(ErrorResponses.jsonFailure(new JsonbException("bad"))).isTrue();
        assertThat(ErrorResponses.jsonFailure(new IllegalStateException("x"))).isFalse();
    }

    @Test
    void reportsTheParsersOwnMessageOnOneLine() {
        Throwable failure =
                new RuntimeException(
                        "Error reading entity",
                        new JsonException("Unexpected char 125\n at line 1, column 10"));

        assertThat(ErrorResponses.deepestMessage(failure))
                .isEqualTo("Unexpected char 125 at line 1, column 10");
    }

    @Test
    void shortensLongMessages() {
        String message = ErrorResponses.deepestMessage(new JsonException("x".repeat(1_000)));

        assertThat(message).hasSize(201).endsWith("…");
    }

    @Test
    void saysSomethingWhenNoMessageExists() {
        assertThat(ErrorResponses.deepestMessage(new JsonException(null))).isNotBlank();
    }
}
