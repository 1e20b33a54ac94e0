package fr.enersolar.crm.web.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonObjectsTest {

    @Test
    void refusesDeepNestingBeforeParsingIt() {
        String deep = "[".repeat(100_000);

        assertThat(JsonObjects.parse(deep))
                .isEqualTo(new JsonObjects.Refused("le JSON est imbriqué trop profondément"));
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        String json = "{\"a\":\"" + "[".repeat(1000) + "\\\"" + "{".repeat(1000) + "\"}";

        assertThat(JsonObjects.parse(json)).isInstanceOf(JsonObjects.Accepted.class);
    }

    @Test
    void acceptsReasonableNesting() {
        assertThat(JsonObjects.depthExceeds("{\"a\":[{\"b\":[1]}]}", 4)).isFalse();
        assertThat(JsonObjects.depthExceeds("{\"a\":[{\"b\":[[1]]}]}", 4)).isTrue();
    }

    @Test
    void refusesWhatIsNotAnObject() {
        assertThat(JsonObjects.parse("[1]")).isInstanceOf(JsonObjects.Refused.class);
        assertThat(JsonObjects.parse("{\"a\":")).isInstanceOf(JsonObjects.Refused.class);
        assertThat(JsonObjects.parse(" ")).isInstanceOf(JsonObjects.Refused.class);
    }
}
