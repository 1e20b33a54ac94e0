package fr.enersolar.crm.web.edge.errors;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.edge.RequestBodyTooLargeException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.NoContentException;
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
    void recognisesUnreadableBodiesAnywhereInTheChain() {
        assertThat(ErrorResponses.unreadableBody(new RuntimeException(new JsonException("bad"))))
                .isTrue();
        assertThat(ErrorResponses.unreadableBody(new JsonbException("bad"))).isTrue();
        assertThat(ErrorResponses.unreadableBody(new RuntimeException(new NoContentException(""))))
                .isTrue();
        assertThat(ErrorResponses.unreadableBody(new RuntimeException(new java.io.EOFException())))
                .isTrue();
        assertThat(ErrorResponses.unreadableBody(new IllegalStateException("x"))).isFalse();
    }

    @Test
    void aSyntaxErrorIsReportedInTheParsersWordsOnOneLine() {
        Throwable failure =
                new JsonbException(
                        "Internal error",
                        new JsonParsingException("Unexpected char 125\n at (line no=1)", null));

        assertThat(ErrorResponses.reasonOf(failure))
                .isEqualTo("Unexpected char 125 at (line no=1)");
    }

    @Test
    void aBindingErrorNeverNamesOurClasses() {
        Throwable failure =
                new JsonbException(
                        "Incorrect position for processing type: class fr.enersolar.crm.Secret");

        assertThat(ErrorResponses.reasonOf(failure))
                .isEqualTo("structure ou type de valeur inattendu");
    }

    @Test
    void anEmptyBodyIsSaidToBeEmpty() {
        assertThat(ErrorResponses.reasonOf(new RuntimeException(new NoContentException("x"))))
                .isEqualTo("corps vide");
    }

    @Test
    void aBodyCutShortIsUnreadable() {
        assertThat(ErrorResponses.reasonOf(new RuntimeException(new java.io.EOFException("eof"))))
                .isEqualTo("corps illisible");
    }

    @Test
    void shortensLongParserMessages() {
        String reason = ErrorResponses.reasonOf(new JsonParsingException("x".repeat(1_000), null));

        assertThat(reason).hasSize(201).endsWith("…");
    }
}
