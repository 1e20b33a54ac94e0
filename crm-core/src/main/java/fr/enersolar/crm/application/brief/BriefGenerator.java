package fr.enersolar.crm.application.brief;

import static fr.enersolar.crm.application.brief.BriefEscapes.html;

import fr.enersolar.crm.application.brief.BriefScripts.Config;
import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.config.IntakeApiKey;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.LiaisonCode;
import fr.enersolar.crm.domain.model.lp.FormMode;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.shared.TrackingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Generates the briefs of SPEC-seed §14 from a landing page, its form and its account: pure code,
 * no store. The scripts call this application's public API (tracking with the visitor's session and
 * campaign parameters, then {@code POST /api/v1/leads} with the v1 key, which is publishable by
 * design), push the seed's dataLayer events ({@code lp_view}, {@code cta_click}, {@code form_view},
 * {@code form_start}, {@code form_submit}) and redirect or convert after a successful submit as the
 * tracking type says.
 *
 * <p>Differences from the seed, all for safety: every staff-typed value is escaped for where it is
 * written ({@link BriefEscapes}); a thank-you or form URL with a scheme other than http(s) is
 * refused ({@link SafeUrls}) and the script does not navigate; the account's Google tags are
 * rewritten from their identifiers instead of pasted ({@link TagManager}). Each such decision is
 * reported in the brief's {@code warnings}. The v1 key is written in the form script instead of the
 * seed's {@code VOTRE_CLE_API} placeholder (which stays when no key exists yet), and the visitor
 * session travels from the landing page to the form page in the {@code session_id} parameter.
 */
public final class BriefGenerator {

    /** What the seed printed where the key goes; used while no v1 key exists. */
    public static final String KEY_PLACEHOLDER = "VOTRE_CLE_API";

    private final String apiUrl;
    private final Optional<IntakeApiKey> key;

    /**
     * @param apiUrl the application's public base URL (the scripts call {@code <apiUrl>/api/…})
     * @param key the v1 intake key, when one exists
     * @throws IllegalArgumentException when {@code apiUrl} is not an absolute http(s) URL
     */
    public BriefGenerator(String apiUrl, Optional<IntakeApiKey> key) {
        this.apiUrl =
                SafeUrls.absoluteBase(apiUrl)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "The API URL must be an absolute http(s) URL: "
                                                        + apiUrl));
        this.key = Objects.requireNonNull(key);
    }

    /** The brief of a landing page, its form and their account (SPEC-seed §14.1). */
    public LpBrief lpBrief(Lp lp, Form form, Account account) {
        List<String> warnings = new ArrayList<>();
        TagManager tags =
                TagManager.of(account.gtmHead(), account.gtmBody(), account.gtmConversion());
        warnings.addAll(tags.warnings());
        String apiKey = apiKey(warnings);
        archived(lp.isActive(), form.isActive(), warnings);
        TrackingType tracking = lp.trackingType();
        String redirect = redirect(tracking, lp.redirectUrl(), warnings);
        String liaison = new LiaisonCode(lp.code(), form.code()).value();
        BriefPage lpPage = page(lp);
        BriefPage formPage = page(form);
        String banner =
                BriefScripts.legalBanner(
                        account.name(), account.legalMentionsText(), account.privacyPolicyText());
        String lpTitle = "LP " + lp.code().value() + " « " + html(lp.name()) + " »";
        String formTitle = "Formulaire " + form.code().value() + " « " + html(form.name()) + " »";

        Optional<String> combined = Optional.empty();
        Optional<String> lpScript = Optional.empty();
        Optional<String> formScript = Optional.empty();
        if (lp.formMode() == FormMode.EMBEDDED) {
            Config config =
                    lpConfig(lpPage, form, liaison, SafeUrls.navigable(lp.url()).orElse(""))
                            .text("MODE", FormMode.EMBEDDED.wire());
            formTail(config, apiKey, tracking, redirect, tags, true);
            combined =
                    Optional.of(
                            BriefScripts.block(
                                    "Script unique : " + lpTitle + " + " + formTitle,
                                    "À coller sur la page de la LP ("
                                            + html(lp.url())
                                            + "), juste avant </body>.\n"
                                            + CTA_HELP
                                            + "\n"
                                            + FORM_HELP
                                            + "\nLe formulaire est sur la page : mettez-le dans"
                                            + " un élément id=\"form-container\".\n"
                                            + after(tracking, redirect),
                                    tags,
                                    BriefScripts.script(
                                            config,
                                            BriefScripts.COMMON,
                                            BriefScripts.LP,
                                            BriefScripts.FORM),
                                    banner));
        } else {
            Optional<String> formUrl = SafeUrls.navigable(lp.formUrl());
            if (formUrl.isEmpty()) {
                warnings.add(
                        "URL du formulaire refusée (seules les adresses http(s) et les chemins"
                                + " relatifs sont acceptés) : le bouton de la LP ne mène pas au"
                                + " formulaire.");
            }
            Config lpConfig =
                    lpConfig(lpPage, form, liaison, formUrl.orElse(""))
                            .text("MODE", FormMode.REDIRECT.wire())
                            .flag("DATALAYER", true);
            lpScript =
                    Optional.of(
                            BriefScripts.block(
                                    "Script " + lpTitle,
                                    "À coller sur la page de la LP ("
                                            + html(lp.url())
                                            + "), juste avant </body>.\n"
                                            + CTA_HELP,
                                    tags,
                                    BriefScripts.script(
                                            lpConfig, BriefScripts.COMMON, BriefScripts.LP),
                                    banner));
            Config formConfig =
                    new Config()
                            .text("API_URL", apiUrl)
                            .text("FORM_CODE", form.code().value())
                            .text("LP_CODE", "")
                            .text("LIAISON_CODE", "")
                            .text("PRODUCT_TYPE", form.productType().name())
                            .text("MODE", FormMode.REDIRECT.wire());
            formTail(formConfig, apiKey, tracking, redirect, tags, true);
            formScript =
                    Optional.of(
                            BriefScripts.block(
                                    "Script " + formTitle,
                                    "À coller sur la page du formulaire ("
                                            + html(formUrl.orElse("URL refusée"))
                                            + "), juste avant </body>.\n"
                                            + FORM_HELP
                                            + "\n"
                                            + after(tracking, redirect),
                                    tags,
                                    BriefScripts.script(
                                            formConfig, BriefScripts.COMMON, BriefScripts.FORM)));
        }
        return new LpBrief(
                lp.formMode().wire(),
                lpPage,
                formPage,
                liaison,
                account(account, tags),
                combined,
                lpScript,
                formScript,
                LeadFields.catalogue(form.requiredFields()),
                apiUrl,
                tracking.wire(),
                redirect,
                warnings);
    }

    /**
     * The brief of a form (SPEC-seed §14.2), with its landing page's script when one is linked; the
     * account may be missing (a form imported without one).
     */
    public FormBrief formBrief(Form form, Optional<Lp> lp, Optional<Account> account) {
        List<String> warnings = new ArrayList<>();
        TagManager tags =
                account.map(a -> TagManager.of(a.gtmHead(), a.gtmBody(), a.gtmConversion()))
                        .orElse(TagManager.none());
        warnings.addAll(tags.warnings());
        String apiKey = apiKey(warnings);
        archived(lp.map(Lp::isActive).orElse(true), form.isActive(), warnings);
        TrackingType tracking = form.trackingType();
        String redirect = redirect(tracking, form.redirectUrl(), warnings);
        Optional<String> liaison =
                lp.map(page -> new LiaisonCode(page.code(), form.code()).value());
        String formTitle = "Formulaire " + form.code().value() + " « " + html(form.name()) + " »";

        Optional<String> lpScript = Optional.empty();
        if (lp.isPresent()) {
            Optional<String> formUrl = SafeUrls.navigable(form.url());
            if (formUrl.isEmpty()) {
                warnings.add(
                        "URL du formulaire refusée (seules les adresses http(s) et les chemins"
                                + " relatifs sont acceptés) : le bouton de la LP ne mène pas au"
                                + " formulaire.");
            }
            Lp page = lp.get();
            Config config =
                    lpConfig(page(page), form, liaison.orElseThrow(), formUrl.orElse(""))
                            .text("MODE", FormMode.REDIRECT.wire())
                            .flag("DATALAYER", false);
            lpScript =
                    Optional.of(
                            BriefScripts.block(
                                    "Script LP "
                                            + page.code().value()
                                            + " « "
                                            + html(page.name())
                                            + " »",
                                    "À coller sur la page de la LP ("
                                            + html(page.url())
                                            + "), juste avant </body>.\n"
                                            + CTA_HELP,
                                    TagManager.none(),
                                    BriefScripts.script(
                                            config, BriefScripts.COMMON, BriefScripts.LP)));
        }
        Config formConfig =
                new Config()
                        .text("API_URL", apiUrl)
                        .text("FORM_CODE", form.code().value())
                        .text("LP_CODE", lp.map(p -> p.code().value()).orElse(""))
                        .text("LIAISON_CODE", liaison.orElse(""))
                        .text("PRODUCT_TYPE", form.productType().name())
                        .text("MODE", FormMode.REDIRECT.wire());
        formTail(formConfig, apiKey, tracking, redirect, tags, false);
        String formScript =
                BriefScripts.block(
                        "Script " + formTitle,
                        "À coller sur la page du formulaire ("
                                + html(form.url())
                                + "), juste avant </body>.\n"
                                + FORM_HELP
                                + "\n"
                                + after(tracking, redirect),
                        TagManager.none(),
                        BriefScripts.script(formConfig, BriefScripts.COMMON, BriefScripts.FORM));
        BriefPage formPage = page(form);
        return new FormBrief(
                formPage,
                tracking.wire(),
                redirect,
                lp.map(BriefGenerator::page),
                liaison,
                account.map(a -> account(a, tags)),
                lpScript,
                formScript,
                LeadFields.catalogue(form.requiredFields()),
                apiUrl,
                warnings);
    }

    private static final String CTA_HELP =
            "Sur chaque bouton d'appel à l'action : onclick=\"return trackCTAClick('cta-principal',"
                    + " 'Texte du bouton')\".";

    private static final String FORM_HELP =
            "Au premier champ touché : trackFormStart() ; à l'envoi :"
                    + " submitLead({phone: ..., nom: ..., code_postal: ...}) (voir lead_fields).";

    private Config lpConfig(BriefPage lp, Form form, String liaison, String formUrl) {
        return new Config()
                .text("API_URL", apiUrl)
                .text("LP_CODE", lp.code())
                .text("FORM_CODE", form.code().value())
                .text("FORM_URL", formUrl)
                .text("LIAISON_CODE", liaison)
                .text("PRODUCT_TYPE", lp.productType());
    }

    /** What the form part needs after the codes: key, after-submit action, dataLayer switch. */
    private static void formTail(
            Config config,
            String apiKey,
            TrackingType tracking,
            String redirect,
            TagManager tags,
            boolean dataLayer) {
        config.text("API_KEY", apiKey)
                .text("TRACKING_TYPE", tracking.wire())
                .text("REDIRECT_URL", redirect)
                .text("CONVERSION_SEND_TO", tags.conversionTarget().orElse(""))
                .flag("DATALAYER", dataLayer);
    }

    private String apiKey(List<String> warnings) {
        if (key.isEmpty()) {
            warnings.add(
                    "Aucune clé API v1 n'existe encore : remplacez "
                            + KEY_PLACEHOLDER
                            + " dans le script du formulaire.");
        }
        return key.map(IntakeApiKey::value).orElse(KEY_PLACEHOLDER);
    }

    private static void archived(boolean lpActive, boolean formActive, List<String> warnings) {
        if (!lpActive) {
            warnings.add("La LP est archivée : ses visites ne sont plus comptées.");
        }
        if (!formActive) {
            warnings.add("Le formulaire est archivé : les pages publiques ne le trouvent plus.");
        }
    }

    /** The thank-you URL the scripts may use: "" when refused, with a warning when it matters. */
    private static String redirect(TrackingType tracking, String url, List<String> warnings) {
        Optional<String> safe = SafeUrls.navigable(url);
        boolean used = tracking == TrackingType.REDIRECT || tracking == TrackingType.BOTH;
        if (used && safe.isEmpty()) {
            warnings.add(
                    "URL de redirection refusée (seules les adresses http(s) et les chemins"
                            + " relatifs sont acceptés) : le visiteur reste sur la page après"
                            + " l'envoi.");
        }
        return safe.orElse("");
    }

    /** The comment line saying what happens after a successful submit. */
    private static String after(TrackingType tracking, String redirect) {
        boolean redirects =
                (tracking == TrackingType.REDIRECT || tracking == TrackingType.BOTH)
                        && !redirect.isEmpty();
        boolean converts = tracking == TrackingType.GTM || tracking == TrackingType.BOTH;
        String where = redirects ? "redirection vers " + html(redirect) : "pas de redirection";
        return "Après un envoi réussi : "
                + (converts ? "conversion Google, " : "")
                + where
                + " (type de suivi "
                + tracking.wire()
                + ").";
    }

    private static BriefPage page(Lp lp) {
        return new BriefPage(
                lp.id().value(), lp.code().value(), lp.name(), lp.url(), lp.productType().name());
    }

    private static BriefPage page(Form form) {
        return new BriefPage(
                form.id().value(),
                form.code().value(),
                form.name(),
                form.url(),
                form.productType().name());
    }

    private static BriefAccount account(Account account, TagManager tags) {
        return new BriefAccount(
                account.name(),
                account.logoMainUrl(),
                account.logoSecondaryUrl(),
                account.logoMiniUrl(),
                tags.headHtml(),
                tags.bodyHtml(),
                tags.conversionJs(),
                account.legalMentionsText(),
                account.privacyPolicyText());
    }
}
