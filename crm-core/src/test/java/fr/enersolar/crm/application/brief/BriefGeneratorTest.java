package fr.enersolar.crm.application.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.config.IntakeApiKey;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.lp.FormMode;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.shared.TrackingType;
import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BriefGeneratorTest {

    private static final String API = "https://crm.example.fr";
    private static final String HOSTILE = "</script><script>alert(1)</script>";

    /** The elements a brief may contain; anything else would come from a staff-typed value. */
    private static final Set<String> OUR_TAGS =
            Set.of("script", "div", "button", "p", "br", "noscript", "iframe");

    private static final Set<String> OUR_ATTRIBUTES =
            Set.of(
                    "id",
                    "style",
                    "type",
                    "hidden",
                    "data-legal-toggle",
                    "async",
                    "src",
                    "height",
                    "width");

    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private final IntakeApiKey key = IntakeApiKey.generate();
    private final BriefGenerator generator = new BriefGenerator(API + "/", Optional.of(key));
    private Account account;
    private Lp lp;
    private Form form;

    @BeforeEach
    void accountLpAndForm() {
        account = new Account(AccountId.generate(), "Soleil", CrmId.generate(), now, "test");
        account.brand("soleil.fr", "m.png", "s.png", "x.png", null, null, now, "test");
        lp =
                new Lp(
                        LpId.generate(),
                        LpCode.of(4),
                        account.id(),
                        "LP Soleil",
                        "https://soleil.fr/lp",
                        ProductType.PAC,
                        now,
                        null);
        form =
                new Form(
                        FormId.generate(),
                        new FormCode("PAC-002"),
                        account.id(),
                        "Form LP Soleil",
                        "https://soleil.fr/form",
                        now,
                        null);
        lp.linkForm(form.id(), now, null);
        form.linkLp(lp.id(), now, null);
    }

    @Test
    void anEmbeddedFormGetsOneCombinedScript() {
        lp.placeForm(FormMode.EMBEDDED, "", now, null);

        LpBrief brief = generator.lpBrief(lp, form, account);

        assertThat(brief.mode()).isEqualTo("embedded");
        assertThat(brief.scriptCount()).isEqualTo(1);
        assertThat(brief.lpScript()).isEmpty();
        assertThat(brief.formScript()).isEmpty();
        String script = brief.combinedScript().orElseThrow();
        assertThat(config(script, "API_URL")).isEqualTo(API);
        assertThat(config(script, "LP_CODE")).isEqualTo("LP-004");
        assertThat(config(script, "FORM_CODE")).isEqualTo("PAC-002");
        assertThat(config(script, "LIAISON_CODE")).isEqualTo("LP-004_PAC-002");
        assertThat(config(script, "MODE")).isEqualTo("embedded");
        assertThat(config(script, "API_KEY")).isEqualTo(key.value());
        assertThat(config(script, "REDIRECT_URL")).isEqualTo("/merci");
        assertThat(script)
                .contains("window.trackCTAClick", "window.submitLead", "window.trackFormStart")
                .contains("/api/track/lp-visit", "/api/track/cta-click", "/api/track/form-start")
                .contains("/api/v1/leads", "'Token ' + CONFIG.API_KEY");
        assertThat(brief.liaisonCode()).isEqualTo("LP-004_PAC-002");
        assertThat(brief.apiUrl()).isEqualTo(API);
        assertThat(brief.trackingType()).isEqualTo("redirect");
        assertThat(brief.redirectUrl()).isEqualTo("/merci");
        assertThat(brief.warnings()).isEmpty();
    }

    @Test
    void aSeparateFormPageGetsAnLpScriptWithoutTheKeyAndAFormScriptWithIt() {
        lp.placeForm(FormMode.REDIRECT, "https://soleil.fr/devis", now, null);

        LpBrief brief = generator.lpBrief(lp, form, account);

        assertThat(brief.mode()).isEqualTo("redirect");
        assertThat(brief.scriptCount()).isEqualTo(2);
        assertThat(brief.combinedScript()).isEmpty();
        String lpScript = brief.lpScript().orElseThrow();
        assertThat(config(lpScript, "FORM_URL")).isEqualTo("https://soleil.fr/devis");
        assertThat(lpScript).doesNotContain(key.value()).doesNotContain("submitLead");
        String formScript = brief.formScript().orElseThrow();
        assertThat(config(formScript, "API_KEY")).isEqualTo(key.value());
        assertThat(config(formScript, "LP_CODE")).isEmpty();
        assertThat(config(formScript, "LIAISON_CODE")).isEmpty();
        assertThat(config(formScript, "DATALAYER")).isEqualTo("true");
        assertThat(formScript).doesNotContain("window.trackCTAClick");
    }

    @Test
    void hostileValuesStayTextInEveryScript() {
        account.rename(HOSTILE + " \"'\\ \u2028", now, "test");
        account.legalTexts(
                "<img src=x onerror=alert(2)>\n--> <!--", "Ligne 1\nLigne <b>2</b>", now, "test");
        lp.describe(
                HOSTILE + "-->",
                "https://soleil.fr/lp?a=\"b\"&c=<script>",
                ProductType.PAC,
                now,
                null);
        form.describe("\"'\\ " + HOSTILE, "https://soleil.fr/form?x='</script>", now, null);
        lp.trackWith(TrackingType.BOTH, "/merci?nom=\"</script>'", now, null);

        for (FormMode mode : FormMode.values()) {
            lp.placeForm(mode, "https://soleil.fr/devis?q=</script><!--", now, null);
            LpBrief brief = generator.lpBrief(lp, form, account);
            List<String> scripts = new ArrayList<>();
            brief.combinedScript().ifPresent(scripts::add);
            brief.lpScript().ifPresent(scripts::add);
            brief.formScript().ifPresent(scripts::add);
            for (String script : scripts) {
                assertOnlyOurMarkup(script);
            }
            String first = scripts.get(0);
            assertThat(first)
                    .contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
                    .contains("&lt;img src=x onerror=alert(2)&gt;<br>")
                    .contains("Ligne 1<br>\nLigne &lt;b&gt;2&lt;/b&gt;");
            String last = scripts.get(scripts.size() - 1);
            assertThat(config(last, "REDIRECT_URL")).isEqualTo("/merci?nom=\"</script>'");
        }
    }

    @Test
    void aJavascriptRedirectIsRefusedAndTheScriptDoesNotRedirect() {
        lp.trackWith(TrackingType.REDIRECT, "javascript:alert(document.cookie)", now, null);
        lp.placeForm(FormMode.REDIRECT, " JAVASCRIPT:alert(1)", now, null);

        LpBrief brief = generator.lpBrief(lp, form, account);

        assertThat(brief.redirectUrl()).isEmpty();
        assertThat(config(brief.formScript().orElseThrow(), "REDIRECT_URL")).isEmpty();
        assertThat(config(brief.lpScript().orElseThrow(), "FORM_URL")).isEmpty();
        assertThat(String.join("\n", brief.lpScript().get(), brief.formScript().get()))
                .doesNotContainIgnoringCase("javascript:");
        assertThat(brief.warnings())
                .anyMatch(w -> w.startsWith("URL de redirection refusée"))
                .anyMatch(w -> w.startsWith("URL du formulaire refusée"));
    }

    @Test
    void aRefusedRedirectOnlyWarnsWhenTheTrackingTypeUsesIt() {
        lp.trackWith(TrackingType.GTM, "javascript:alert(1)", now, null);

        LpBrief brief = generator.lpBrief(lp, form, account);

        assertThat(brief.redirectUrl()).isEmpty();
        assertThat(brief.warnings()).isEmpty();
    }

    @Test
    void theAccountsTagsAreRewrittenFromTheirIdentifiers() {
        account.tagManager(
                "<script>(function(){})(window,document,'script','dataLayer','GTM-AB12CD3');</script>"
                        + "<script>evil()</script>",
                "",
                "gtag('event','conversion',{'send_to':'AW-987654321/xYz_1'}); evil();",
                now,
                "test");
        lp.trackWith(TrackingType.BOTH, "/merci", now, null);

        LpBrief brief = generator.lpBrief(lp, form, account);

        String lpScript = brief.lpScript().orElseThrow();
        assertThat(lpScript).contains("GTM-AB12CD3").contains("ns.html?id=GTM-AB12CD3");
        assertThat(lpScript).doesNotContain("evil");
        assertThat(config(brief.formScript().orElseThrow(), "CONVERSION_SEND_TO"))
                .isEqualTo("AW-987654321/xYz_1");
        assertThat(brief.account().gtmHead()).contains("GTM-AB12CD3").doesNotContain("evil");
        assertThat(brief.account().gtmConversion()).contains("AW-987654321/xYz_1");
        assertThat(brief.warnings()).isEmpty();
    }

    @Test
    void withoutAKeyTheSeedsPlaceholderStaysWithAWarning() {
        LpBrief brief = new BriefGenerator(API, Optional.empty()).lpBrief(lp, form, account);

        assertThat(config(brief.formScript().orElseThrow(), "API_KEY"))
                .isEqualTo(BriefGenerator.KEY_PLACEHOLDER);
        assertThat(brief.warnings()).anyMatch(w -> w.contains(BriefGenerator.KEY_PLACEHOLDER));
    }

    @Test
    void theLegalBannerShowsOnlyTheTextsTheAccountHas() {
        LpBrief without = generator.lpBrief(lp, form, account);
        account.legalTexts("Confidentialité", "", now, "test");
        LpBrief with = generator.lpBrief(lp, form, account);

        assertThat(without.lpScript().orElseThrow()).doesNotContain("legal-banner");
        assertThat(with.lpScript().orElseThrow())
                .contains("id=\"legal-banner\"", "Politique de Confidentialité", "© Soleil")
                .doesNotContain("Conditions Générales");
        assertThat(with.formScript().orElseThrow()).doesNotContain("legal-banner");
    }

    @Test
    void archivedRecordsAreNamedInTheWarnings() {
        lp.archive(now, null);
        form.archive(now, null);

        assertThat(generator.lpBrief(lp, form, account).warnings()).hasSize(2);
    }

    @Test
    void theFieldCatalogueMarksTheFieldsTheFormRequires() {
        form.require(List.of("email"), now, null);

        List<LeadFields.Group> fields = generator.lpBrief(lp, form, account).leadFields();

        assertThat(fields)
                .extracting(LeadFields.Group::key)
                .containsExactly(
                        "identite",
                        "localisation",
                        "logement",
                        "energie",
                        "projet",
                        "tracking",
                        "consentement");
        assertThat(fields.stream().flatMap(g -> g.fields().stream()))
                .filteredOn(LeadFields.Field::required)
                .extracting(LeadFields.Field::key)
                .containsExactlyInAnyOrder("phone", "email");
    }

    @Test
    void aFormBriefUsesTheLinkedLpAndTheOlderScriptsWithoutDataLayerOrTags() {
        account.tagManager("GTM-AB12CD3", "", "", now, "test");
        form.trackWith(TrackingType.NONE, "/ignored", now, null);

        FormBrief brief = generator.formBrief(form, Optional.of(lp), Optional.of(account));

        assertThat(brief.lp().orElseThrow().code()).isEqualTo("LP-004");
        assertThat(brief.liaisonCode()).contains("LP-004_PAC-002");
        assertThat(brief.trackingType()).isEqualTo("none");
        String formScript = brief.formScript();
        assertThat(config(formScript, "LP_CODE")).isEqualTo("LP-004");
        assertThat(config(formScript, "LIAISON_CODE")).isEqualTo("LP-004_PAC-002");
        assertThat(config(formScript, "DATALAYER")).isEqualTo("false");
        assertThat(config(formScript, "TRACKING_TYPE")).isEqualTo("none");
        assertThat(formScript).doesNotContain("GTM-AB12CD3", "legal-banner");
        String lpScript = brief.lpScript().orElseThrow();
        assertThat(config(lpScript, "FORM_URL")).isEqualTo("https://soleil.fr/form");
        assertThat(config(lpScript, "DATALAYER")).isEqualTo("false");
        assertOnlyOurMarkup(lpScript);
        assertOnlyOurMarkup(formScript);
    }

    @Test
    void aFormWithoutLpOrAccountStillGetsItsScript() {
        FormBrief brief = generator.formBrief(form, Optional.empty(), Optional.empty());

        assertThat(brief.lp()).isEmpty();
        assertThat(brief.liaisonCode()).isEmpty();
        assertThat(brief.account()).isEmpty();
        assertThat(brief.lpScript()).isEmpty();
        assertThat(config(brief.formScript(), "LP_CODE")).isEmpty();
    }

    @Test
    void theApiUrlMustBeAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> new BriefGenerator("javascript:alert(1)", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BriefGenerator("/relative", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFixedCodeIsAsciiWithoutMarkup() {
        for (String code :
                List.of(
                        BriefScripts.COMMON,
                        BriefScripts.LP,
                        BriefScripts.FORM,
                        BriefScripts.LEGAL)) {
            assertThat(code.chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c <= 0x7E));
            assertThat(code).doesNotContain("<");
        }
    }

    @Test
    void theFormScriptSendsEveryTextFieldOfTheCatalogue() {
        Matcher fields =
                Pattern.compile("var FIELDS = \\[([^\\]]*)\\]", Pattern.DOTALL)
                        .matcher(BriefScripts.FORM);
        assertThat(fields.find()).isTrue();
        List<String> sent = new ArrayList<>();
        Matcher name = Pattern.compile("'([a-z_]+)'").matcher(fields.group(1));
        while (name.find()) {
            sent.add(name.group(1));
        }
        List<String> handledApart =
                List.of(
                        "phone",
                        "lp_code",
                        "liaison_code",
                        "source",
                        "utm_source",
                        "utm_medium",
                        "utm_campaign",
                        "rgpd_consent",
                        "newsletter");
        assertThat(sent)
                .containsExactlyElementsOf(
                        LeadFields.keys().stream().filter(k -> !handledApart.contains(k)).toList());
    }

    /** The value of {@code key} in the script's CONFIG, decoded as JavaScript would. */
    private static String config(String script, String key) {
        Matcher m = Pattern.compile("\\n    " + key + ": (.*?),?\\n").matcher(script);
        assertThat(m.find()).as("CONFIG." + key).isTrue();
        String literal = m.group(1);
        if (literal.equals("true") || literal.equals("false")) {
            return literal;
        }
        return ((JsonString) Json.createReader(new StringReader(literal)).readValue()).getString();
    }

    /**
     * Every element is one the generator writes, no script body holds a {@code <}, and comments
     * open and close in pairs: a staff-typed value added no markup.
     */
    private static void assertOnlyOurMarkup(String html) {
        String withoutComments = html.replaceAll("(?s)<!--.*?-->", "");
        assertThat(withoutComments).doesNotContain("<!--", "-->");
        Matcher tag = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)").matcher(withoutComments);
        while (tag.find()) {
            assertThat(OUR_TAGS).contains(tag.group(1).toLowerCase());
        }
        Matcher script =
                Pattern.compile("(?s)<script[^>]*>(.*?)</script>").matcher(withoutComments);
        while (script.find()) {
            assertThat(script.group(1)).doesNotContain("<");
        }
        Matcher startTag = Pattern.compile("<[a-zA-Z]+([^>]*)>").matcher(withoutComments);
        while (startTag.find()) {
            Matcher attribute =
                    Pattern.compile("\\s([a-zA-Z-]+)")
                            .matcher(startTag.group(1).replaceAll("\"[^\"]*\"", "\"\""));
            while (attribute.find()) {
                assertThat(OUR_ATTRIBUTES).contains(attribute.group(1).toLowerCase());
            }
        }
    }
}
