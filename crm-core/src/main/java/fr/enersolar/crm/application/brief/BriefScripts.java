package fr.enersolar.crm.application.brief;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the HTML blocks of a brief: {@code <script>} elements whose only variable part is a {@code
 * CONFIG} object of escaped literals, followed by the same fixed code for every page (read from
 * this package's {@code *.js} resources), wrapped in comments that say where to paste them.
 * Staff-typed values reach a block only through {@link BriefEscapes}: as JavaScript string literals
 * inside {@code CONFIG}, or as HTML text in comments and in the legal banner.
 */
final class BriefScripts {

    /** The code every script starts with: URL parameters, session, tracking calls. */
    static final String COMMON = runtime("common.js");

    /** The landing page's part: the visit on load and {@code trackCTAClick}. */
    static final String LP = runtime("lp.js");

    /** The form's part: {@code trackFormStart}, {@code validatePhone}, {@code submitLead}. */
    static final String FORM = runtime("form.js");

    /** The legal banner's toggles. */
    static final String LEGAL = runtime("legal.js");

    private BriefScripts() {}

    /** A {@code CONFIG} object, in insertion order: each value already a JavaScript literal. */
    static final class Config {
        private final Map<String, String> literals = new LinkedHashMap<>();

        Config text(String key, String value) {
            literals.put(key, BriefEscapes.jsString(value));
            return this;
        }

        Config flag(String key, boolean value) {
            literals.put(key, BriefEscapes.jsBoolean(value));
            return this;
        }

        String render() {
            if (literals.isEmpty()) {
                return "";
            }
            List<String> lines = new ArrayList<>();
            literals.forEach((key, literal) -> lines.add("    " + key + ": " + literal));
            return "  var CONFIG = {\n" + String.join(",\n", lines) + "\n  };\n";
        }
    }

    /** One {@code <script>} element: a strict-mode function running {@code parts} on CONFIG. */
    static String script(Config config, String... parts) {
        StringBuilder out = new StringBuilder("<script>\n(function () {\n  'use strict';\n");
        out.append(config.render());
        for (String part : parts) {
            out.append(part);
        }
        return out.append("})();\n</script>").toString();
    }

    /**
     * The legal banner of SPEC-seed §14.1: a footer with a toggle per text (terms of use, privacy
     * policy) and the account's copyright line; every text as escaped HTML. Empty when the account
     * has neither text.
     */
    static String legalBanner(String accountName, String termsOfUse, String privacyPolicy) {
        boolean terms = termsOfUse != null && !termsOfUse.isBlank();
        boolean privacy = privacyPolicy != null && !privacyPolicy.isBlank();
        if (!terms && !privacy) {
            return "";
        }
        StringBuilder out =
                new StringBuilder(
                        "<!-- Bandeau légal -->\n"
                                + "<div id=\"legal-banner\" style=\"padding:16px;font-size:12px;"
                                + "text-align:center;border-top:1px solid #ddd\">\n");
        if (terms) {
            out.append(
                    "  <button type=\"button\" data-legal-toggle=\"legal-cgu\">"
                            + "Conditions Générales d'Utilisation</button>\n");
        }
        if (privacy) {
            out.append(
                    "  <button type=\"button\" data-legal-toggle=\"legal-privacy\">"
                            + "Politique de Confidentialité</button>\n");
        }
        if (terms) {
            out.append("  <div id=\"legal-cgu\" hidden style=\"text-align:left\">")
                    .append(BriefEscapes.htmlLines(termsOfUse))
                    .append("</div>\n");
        }
        if (privacy) {
            out.append("  <div id=\"legal-privacy\" hidden style=\"text-align:left\">")
                    .append(BriefEscapes.htmlLines(privacyPolicy))
                    .append("</div>\n");
        }
        out.append("  <p>© ")
                .append(BriefEscapes.html(accountName))
                .append(" - Tous droits réservés</p>\n</div>\n");
        out.append(script(new Config(), LEGAL));
        return out.toString();
    }

    /**
     * A block to paste: an opening comment ({@code title} and {@code instructions}: fixed text in
     * which staff-typed values were escaped with {@link BriefEscapes#html}), the account's tag
     * loader for {@code <head>}, the body, and the tag's {@code <noscript>} part.
     */
    static String block(String title, String instructions, TagManager tags, String... body) {
        if ((title + instructions).contains("-->") || (title + instructions).contains("<!--")) {
            throw new IllegalArgumentException("A comment would end early: " + title);
        }
        StringBuilder out =
                new StringBuilder("<!-- ===== EnerSolar · ")
                        .append(title)
                        .append(" =====\n     ")
                        .append(instructions.replace("\n", "\n     "))
                        .append(" -->\n");
        String head = tags.headHtml();
        if (!head.isEmpty()) {
            out.append("<!-- À placer de préférence dans le <head> de la page : -->\n")
                    .append(head)
                    .append('\n');
        }
        for (String part : body) {
            if (!part.isEmpty()) {
                out.append(part).append('\n');
            }
        }
        String noscript = tags.bodyHtml();
        if (!noscript.isEmpty()) {
            out.append("<!-- À placer de préférence juste après <body> : -->\n")
                    .append(noscript)
                    .append('\n');
        }
        return out.append("<!-- ===== Fin EnerSolar · ")
                .append(title)
                .append(" ===== -->")
                .toString();
    }

    /**
     * A resource of this package, with every character outside ASCII written as a {@code \}{@code
     * uXXXX} escape (they only occur in strings and comments), so the scripts survive any page
     * encoding.
     */
    private static String runtime(String name) {
        try (InputStream in = BriefScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing brief script resource " + name);
            }
            String code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder ascii = new StringBuilder(code.length());
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c > 0x7E) {
                    ascii.append(String.format("\\u%04X", (int) c));
                } else {
                    ascii.append(c);
                }
            }
            return ascii.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
