package fr.enersolar.crm.application.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An account's Google tags, as the brief writes them. The seed pasted the account's {@code
 * gtm_head}, {@code gtm_body} and {@code gtm_conversion} verbatim into the scripts, so whoever
 * could edit an account could put any script on every landing page (SPEC-seed §20). Here only the
 * identifiers are read from those fields (a whole Google snippet or the bare identifier both work):
 * the Tag Manager container ({@code GTM-XXXXXXX}) or, failing that, a Google tag ({@code G-…},
 * {@code AW-…}), and a Google Ads conversion target ({@code AW-123456789/AbC_dEf}); the brief
 * writes Google's standard snippets around them. A field with text but no identifier is left out,
 * with a warning.
 *
 * @param containerId the Tag Manager container, if any
 * @param googleTagId a gtag.js tag, used only when there is no container
 * @param conversionTarget the {@code send_to} of the conversion pushed after a successful submit
 * @param warnings what was left out and why, in French
 */
public record TagManager(
        Optional<String> containerId,
        Optional<String> googleTagId,
        Optional<String> conversionTarget,
        List<String> warnings) {

    private static final Pattern CONTAINER = Pattern.compile("\\bGTM-[A-Z0-9]{4,12}\\b");
    private static final Pattern GOOGLE_TAG = Pattern.compile("\\b(?:G|AW)-[A-Z0-9]{4,16}\\b");
    private static final Pattern CONVERSION =
            Pattern.compile("\\bAW-[0-9]{4,16}/[A-Za-z0-9_\\-]{1,64}(?![A-Za-z0-9_\\-])");

    public TagManager {
        warnings = List.copyOf(warnings);
    }

    /** No tag at all. */
    public static TagManager none() {
        return new TagManager(Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** Reads the identifiers out of an account's three fields (each may be null or blank). */
    public static TagManager of(String head, String body, String conversion) {
        List<String> warnings = new ArrayList<>();
        Optional<String> container = first(CONTAINER, head).or(() -> first(CONTAINER, body));
        Optional<String> tag =
                container.isPresent()
                        ? Optional.empty()
                        : first(GOOGLE_TAG, head).or(() -> first(GOOGLE_TAG, body));
        if (container.isEmpty() && tag.isEmpty() && (filled(head) || filled(body))) {
            warnings.add(
                    "Code GTM non reconnu : il n'est pas inséré. Indiquez l'identifiant du"
                            + " conteneur (GTM-XXXXXXX) dans le compte.");
        }
        Optional<String> target = first(CONVERSION, conversion);
        if (target.isEmpty() && filled(conversion)) {
            warnings.add(
                    "Code de conversion non reconnu : il n'est pas inséré (seul un envoi Google"
                            + " Ads AW-…/… est repris). L'événement dataLayer form_submit reste"
                            + " disponible pour GTM.");
        }
        return new TagManager(container, tag, target, warnings);
    }

    /** What goes in the page's {@code <head>}: Google's loader for the container or tag, or "". */
    public String headHtml() {
        if (containerId.isPresent()) {
            return "<!-- Google Tag Manager -->\n"
                    + "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':\n"
                    + "new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],\n"
                    + "j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=\n"
                    + "'https://www.googletagmanager.com/gtm.js?id='+i+dl;"
                    + "f.parentNode.insertBefore(j,f);\n"
                    + "})(window,document,'script','dataLayer',"
                    + BriefEscapes.jsString(containerId.get())
                    + ");</script>\n"
                    + "<!-- End Google Tag Manager -->";
        }
        if (googleTagId.isPresent()) {
            String id = googleTagId.get();
            return "<!-- Google tag (gtag.js) -->\n"
                    + "<script async src=\"https://www.googletagmanager.com/gtag/js?id="
                    + BriefEscapes.html(id)
                    + "\"></script>\n"
                    + "<script>window.dataLayer=window.dataLayer||[];"
                    + "function gtag(){dataLayer.push(arguments);}"
                    + "gtag('js',new Date());gtag('config',"
                    + BriefEscapes.jsString(id)
                    + ");</script>";
        }
        return "";
    }

    /** What goes right after {@code <body>}: the container's {@code <noscript>} frame, or "". */
    public String bodyHtml() {
        return containerId
                .map(
                        id ->
                                "<!-- Google Tag Manager (noscript) -->\n"
                                        + "<noscript><iframe"
                                        + " src=\"https://www.googletagmanager.com/ns.html?id="
                                        + BriefEscapes.html(id)
                                        + "\" height=\"0\" width=\"0\""
                                        + " style=\"display:none;visibility:hidden\"></iframe>"
                                        + "</noscript>\n"
                                        + "<!-- End Google Tag Manager (noscript) -->")
                .orElse("");
    }

    /** The conversion call the form script makes after a successful submit, or "" (as data). */
    public String conversionJs() {
        return conversionTarget
                .map(
                        target ->
                                "gtag('event', 'conversion', {send_to: "
                                        + BriefEscapes.jsString(target)
                                        + "});")
                .orElse("");
    }

    private static Optional<String> first(Pattern pattern, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
