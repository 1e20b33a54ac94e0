package fr.enersolar.crm.web.api.catalogue;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.catalogue.FormView;
import fr.enersolar.crm.application.catalogue.LpView;
import fr.enersolar.crm.application.catalogue.Page;
import fr.enersolar.crm.application.catalogue.Paging;
import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.shared.ArchivableRecord;
import fr.enersolar.crm.domain.model.user.UserId;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Accounts, CRMs, landing pages and forms as the admin API shows them, with the seed's keys (SPEC-
 * seed §1.3–§1.6, §5.3). Dates are ISO-8601 UTC; the partner key is whatever the read model allows
 * (masked, or clear in the answer of the call that set it).
 */
final class CatalogueJson {

    private CatalogueJson() {}

    /**
     * A list answer: the items under {@code key}, then {@code count} (this page), {@code total},
     * {@code limit} and {@code skip}.
     */
    static <T> JsonObject page(
            String key, Page<T> page, Paging paging, Function<T, JsonObjectBuilder> item) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        page.items().forEach(t -> items.add(item.apply(t)));
        return JSON.createObjectBuilder()
                .add(key, items)
                .add("count", page.items().size())
                .add("total", page.total())
                .add("limit", paging.limit())
                .add("skip", paging.offset())
                .build();
    }

    static JsonObjectBuilder account(Account a) {
        return JSON.createObjectBuilder()
                .add("id", a.id().value())
                .add("name", text(a.name()))
                .add("crm_id", a.primaryCrm().value())
                .add("domain", text(a.domain()))
                .add("logo_main_url", text(a.logoMainUrl()))
                .add("logo_secondary_url", text(a.logoSecondaryUrl()))
                .add("logo_mini_url", text(a.logoMiniUrl()))
                .add("primary_color", text(a.primaryColor()))
                .add("secondary_color", text(a.secondaryColor()))
                .add("privacy_policy_text", text(a.privacyPolicyText()))
                .add("legal_mentions_text", text(a.legalMentionsText()))
                .add("gtm_head", text(a.gtmHead()))
                .add("gtm_body", text(a.gtmBody()))
                .add("gtm_conversion", text(a.gtmConversion()))
                .add("default_tracking_type", text(a.defaultTrackingType()))
                .add("notes", text(a.notes()))
                .add("created_at", instant(a.createdAt()))
                .add("created_by", text(a.createdBy()))
                .add("updated_at", instant(a.updatedAt()))
                .add("updated_by", text(a.updatedBy()));
    }

    static JsonObjectBuilder crm(Crm c) {
        JsonObjectBuilder commandes = JSON.createObjectBuilder();
        c.legacyCommandes().forEach((product, depts) -> commandes.add(product, texts(depts)));
        return JSON.createObjectBuilder()
                .add("id", c.id().value())
                .add("name", text(c.name()))
                .add("slug", c.slug().value())
                .add("api_url", text(c.apiUrl()))
                .add("description", text(c.description()))
                .add("commandes", commandes)
                .add("created_at", instant(c.createdAt()))
                .add("updated_at", instant(c.updatedAt()));
    }

    static JsonObjectBuilder legacyCommandes(Map<String, List<String>> commandes) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        commandes.forEach((product, depts) -> json.add(product, texts(depts)));
        return json;
    }

    /**
     * A landing page; {@code detail} gives its whole form, the list only the form's code, name and
     * URL.
     */
    static JsonObjectBuilder lp(LpView view, boolean detail) {
        Lp lp = view.lp();
        JsonObjectBuilder json =
                JSON.createObjectBuilder()
                        .add("id", lp.id().value())
                        .add("code", lp.code().value())
                        .add("account_id", lp.account().value())
                        .add("name", text(lp.name()))
                        .add("url", text(lp.url()))
                        .add("product_type", lp.productType().name())
                        .add("form_mode", lp.formMode().wire())
                        .add(
                                "form_id",
                                lp.form()
                                        .<JsonValue>map(f -> JSON.createValue(f.value()))
                                        .orElse(JsonValue.NULL))
                        .add("form_url", text(lp.formUrl()))
                        .add("tracking_type", lp.trackingType().wire())
                        .add("redirect_url", text(lp.redirectUrl()))
                        .add("source_type", lp.sourceType().wire())
                        .add("source_name", text(lp.sourceName()))
                        .add("crm_api_key", text(view.crmApiKey()))
                        .add("notes", text(lp.notes()));
        lifecycle(json, lp);
        json.add(
                "stats",
                JSON.createObjectBuilder()
                        .add("visits", view.stats().visits())
                        .add("cta_clicks", view.stats().ctaClicks())
                        .add("form_starts", view.stats().formStarts())
                        .add("form_submits", view.stats().formSubmits()));
        json.add(
                "form",
                view.form()
                        .<JsonValue>map(
                                f ->
                                        detail
                                                ? formFields(f, view.crmApiKey()).build()
                                                : JSON.createObjectBuilder()
                                                        .add("id", f.id().value())
                                                        .add("code", f.code().value())
                                                        .add("name", text(f.name()))
                                                        .add("url", text(f.url()))
                                                        .build())
                        .orElse(JsonValue.NULL));
        json.add(
                "liaison_code",
                view.liaisonCode().<JsonValue>map(JSON::createValue).orElse(JsonValue.NULL));
        json.add("account_name", view.account().map(Account::name).orElse("N/A"));
        return json;
    }

    /**
     * A form; {@code detail} gives its whole landing page and account and the delivered leads, the
     * list the LP's code, name and URL and the leads sent.
     */
    static JsonObjectBuilder form(FormView view, boolean detail) {
        Form form = view.form();
        JsonObjectBuilder json = formFields(form, view.crmApiKey());
        JsonObjectBuilder stats = JSON.createObjectBuilder().add("started", view.stats().started());
        if (detail) {
            stats.add("finished", view.stats().finished())
                    .add("conversion", view.stats().finishedConversion());
        } else {
            stats.add("leads", view.stats().leads())
                    .add("sent", view.stats().sent())
                    .add("conversion", view.stats().leadConversion());
        }
        json.add("stats", stats);
        json.add("account_name", view.account().map(Account::name).orElse("N/A"));
        // The seed read a field that does not exist and always sent null; this is the main logo.
        json.add(
                "account_logo",
                view.account()
                        .map(Account::logoMainUrl)
                        .filter(s -> !s.isEmpty())
                        .<JsonValue>map(JSON::createValue)
                        .orElse(JsonValue.NULL));
        json.add(
                "lp",
                view.lp()
                        .<JsonValue>map(
                                lp ->
                                        detail
                                                ? lpFields(lp).build()
                                                : JSON.createObjectBuilder()
                                                        .add("id", lp.id().value())
                                                        .add("code", lp.code().value())
                                                        .add("name", text(lp.name()))
                                                        .add("url", text(lp.url()))
                                                        .build())
                        .orElse(JsonValue.NULL));
        json.add(
                "liaison_code",
                view.liaisonCode().<JsonValue>map(JSON::createValue).orElse(JsonValue.NULL));
        if (detail) {
            json.add(
                    "account",
                    view.account().<JsonValue>map(a -> account(a).build()).orElse(JsonValue.NULL));
        }
        return json;
    }

    private static JsonObjectBuilder formFields(Form f, String crmApiKey) {
        JsonObjectBuilder json =
                JSON.createObjectBuilder()
                        .add("id", f.id().value())
                        .add("code", f.code().value())
                        .add("account_id", f.account().value())
                        .add("name", text(f.name()))
                        .add("url", text(f.url()))
                        .add("product_type", f.productType().name())
                        .add(
                                "lp_id",
                                f.lp().<JsonValue>map(l -> JSON.createValue(l.value()))
                                        .orElse(JsonValue.NULL))
                        .add("crm_api_key", text(crmApiKey))
                        .add("allow_cross_crm", f.allowsCrossCrm())
                        .add("tracking_type", f.trackingType().wire())
                        .add("redirect_url", text(f.redirectUrl()))
                        .add("notes", text(f.notes()))
                        .add("required_fields", texts(f.requiredFields()))
                        .add("consent_text_version", text(f.consentTextVersion()));
        lifecycle(json, f);
        return json;
    }

    /** The landing page's own fields, without figures (inside a form's detail). */
    private static JsonObjectBuilder lpFields(Lp lp) {
        JsonObjectBuilder json =
                JSON.createObjectBuilder()
                        .add("id", lp.id().value())
                        .add("code", lp.code().value())
                        .add("account_id", lp.account().value())
                        .add("name", text(lp.name()))
                        .add("url", text(lp.url()))
                        .add("product_type", lp.productType().name())
                        .add("form_mode", lp.formMode().wire())
                        .add("form_url", text(lp.formUrl()))
                        .add("tracking_type", lp.trackingType().wire())
                        .add("redirect_url", text(lp.redirectUrl()))
                        .add("source_type", lp.sourceType().wire())
                        .add("source_name", text(lp.sourceName()))
                        .add("notes", text(lp.notes()));
        lifecycle(json, lp);
        return json;
    }

    private static void lifecycle(JsonObjectBuilder json, ArchivableRecord r) {
        json.add("status", r.status().wire())
                .add("created_at", instant(r.createdAt()))
                .add("created_by", user(r.createdBy()))
                .add("updated_at", instant(r.updatedAt()))
                .add("updated_by", user(r.updatedBy()))
                .add(
                        "archived_at",
                        r.archivedAt()
                                .<JsonValue>map(CatalogueJson::instant)
                                .orElse(JsonValue.NULL))
                .add("archived_by", user(r.archivedBy()));
    }

    static JsonArrayBuilder texts(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonValue user(Optional<UserId> user) {
        return user.<JsonValue>map(u -> JSON.createValue(u.value())).orElse(JsonValue.NULL);
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value);
    }

    private static JsonValue instant(Instant value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value.toString());
    }
}
