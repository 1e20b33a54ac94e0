package fr.enersolar.crm.application.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUrlsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/merci",
                "merci.html",
                "?ok=1",
                "#merci",
                "https://soleil.fr/merci?lead=1#top",
                "HTTP://SOLEIL.FR",
                "//cdn.soleil.fr/merci",
                "/merci?nom=\"Dupont\"&x='y'",
                "/merci-été",
                "/page:with:colons"
            })
    void acceptsHttpAndRelativeUrls(String url) {
        assertThat(SafeUrls.navigable(url)).contains(url);
    }

    @Test
    void trimsSurroundingBlanks() {
        assertThat(SafeUrls.navigable("  /merci \n")).contains("/merci");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                " javascript:alert(1)",
                "java\tscript:alert(1)",
                "java\nscript:alert(1)",
                "java\u0000script:alert(1)",
                "java\u200Bscript:alert(1)",
                "\u2028javascript:alert(1)",
                "vbscript:msgbox(1)",
                "data:text/html,<script>alert(1)</script>",
                "mailto:a@b.fr",
                "file:///etc/passwd",
                "http:/\\evil.example",
                "/\\evil.example",
                "https://",
                "https:evil",
                "/merci page",
                ""
            })
    void refusesOtherSchemesAndWhatBrowsersRewrite(String url) {
        assertThat(SafeUrls.navigable(url)).isEmpty();
    }

    @Test
    void refusesNullAndOverlongUrls() {
        assertThat(SafeUrls.navigable(null)).isEmpty();
        assertThat(SafeUrls.navigable("/" + "a".repeat(SafeUrls.MAX_LENGTH))).isEmpty();
    }

    @Test
    void anApiBaseIsAbsoluteWithoutTrailingSlashQueryOrFragment() {
        assertThat(SafeUrls.absoluteBase("https://crm.example.fr/"))
                .contains("https://crm.example.fr");
        assertThat(SafeUrls.absoluteBase("http://127.0.0.1:8080/crm//"))
                .contains("http://127.0.0.1:8080/crm");
        assertThat(SafeUrls.absoluteBase("/crm")).isEmpty();
        assertThat(SafeUrls.absoluteBase("https://crm.example.fr/?x=1")).isEmpty();
        assertThat(SafeUrls.absoluteBase("javascript:alert(1)")).isEmpty();
    }
}
