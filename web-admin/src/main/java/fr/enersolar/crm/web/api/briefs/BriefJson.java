package fr.enersolar.crm.web.api.briefs;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.brief.BriefAccount;
import fr.enersolar.crm.application.brief.BriefPage;
import fr.enersolar.crm.application.brief.FormBrief;
import fr.enersolar.crm.application.brief.LeadFields;
import fr.enersolar.crm.application.brief.LpBrief;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/** The briefs with the seed's keys (SPEC-seed §14), plus {@code warnings}. */
final class BriefJson {

    private BriefJson() {}

    static JsonObject lp(LpBrief brief) {
        BriefPage lp = brief.lp();
        BriefPage form = brief.form();
        return JSON.createObjectBuilder()
                .add("mode", brief.mode())
                .add(
                        "lp",
                        JSON.createObjectBuilder()
                                .add("id", lp.id())
                                .add("code", lp.code())
                                .add("name", lp.name())
                                .add("url", lp.url())
                                .add("product_type", lp.productType()))
                .add(
                        "form",
                        JSON.createObjectBuilder()
                                .add("id", form.id())
                                .add("code", form.code())
                                .add("name", form.name())
                                .add("url", form.url()))
                .add("liaison_code", brief.liaisonCode())
                .add(
                        "account",
                        account(brief.account())
                                .add(
                                        "legal",
                                        JSON.createObjectBuilder()
                                                .add("cgu", brief.account().termsOfUse())
                                                .add("privacy", brief.account().privacyPolicy())))
                .add(
                        "scripts",
                        JSON.createObjectBuilder()
                                .add("combined", text(brief.combinedScript()))
                                .add("lp", text(brief.lpScript()))
                                .add("form", text(brief.formScript())))
                .add("script_count", brief.scriptCount())
                .add("lead_fields", leadFields(brief.leadFields()))
                .add("api_url", brief.apiUrl())
                .add("tracking_type", brief.trackingType())
                .add("redirect_url", brief.redirectUrl())
                .add("warnings", strings(brief.warnings()))
                .build();
    }

    static JsonObject form(FormBrief brief) {
        BriefPage form = brief.form();
        JsonObjectBuilder lp =
                brief.lp()
                        .map(
                                page ->
                                        JSON.createObjectBuilder()
                                                .add("id", page.id())
                                                .add("code", page.code())
                                                .add("name", page.name())
                                                .add("url", page.url())
                                                .add("linked", true))
                        .orElseGet(
                                () ->
                                        JSON.createObjectBuilder()
                                                .addNull("id")
                                                .addNull("code")
                                                .addNull("name")
                                                .addNull("url")
                                                .add("linked", false));
        return JSON.createObjectBuilder()
                .add(
                        "form",
                        JSON.createObjectBuilder()
                                .add("id", form.id())
                                .add("code", form.code())
                                .add("name", form.name())
                                .add("url", form.url())
                                .add("product_type", form.productType())
                                .add("tracking_type", brief.trackingType())
                                .add("redirect_url", brief.redirectUrl()))
                .add("lp", lp)
                .add("liaison_code", text(brief.liaisonCode()))
                .add(
                        "account",
                        brief.account()
                                .<JsonValue>map(a -> account(a).build())
                                .orElse(JsonValue.NULL))
                .add(
                        "scripts",
                        JSON.createObjectBuilder()
                                .add("lp", text(brief.lpScript()))
                                .add("form", brief.formScript()))
                .add("lead_fields", leadFields(brief.leadFields()))
                .add("api_url", brief.apiUrl())
                .add("warnings", strings(brief.warnings()))
                .build();
    }

    private static JsonObjectBuilder account(BriefAccount account) {
        return JSON.createObjectBuilder()
                .add("name", account.name())
                .add(
                        "logos",
                        JSON.createObjectBuilder()
                                .add("main", account.logoMain())
                                .add("secondary", account.logoSecondary())
                                .add("mini", account.logoMini()))
                .add(
                        "gtm",
                        JSON.createObjectBuilder()
                                .add("head", account.gtmHead())
                                .add("body", account.gtmBody())
                                .add("conversion", account.gtmConversion()));
    }

    /**
     * {@code {identite: [{key, label, required, example?, options?, note?, type?, default?}]…}}.
     */
    private static JsonObjectBuilder leadFields(List<LeadFields.Group> groups) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        for (LeadFields.Group group : groups) {
            JsonArrayBuilder fields = JSON.createArrayBuilder();
            for (LeadFields.Field field : group.fields()) {
                JsonObjectBuilder f =
                        JSON.createObjectBuilder()
                                .add("key", field.key())
                                .add("label", field.label())
                                .add("required", field.required());
                field.example().ifPresent(e -> f.add("example", e));
                if (!field.options().isEmpty()) {
                    f.add("options", strings(field.options()));
                }
                field.note().ifPresent(n -> f.add("note", n));
                field.type().ifPresent(t -> f.add("type", t));
                field.defaultValue().ifPresent(d -> f.add("default", d));
                fields.add(f);
            }
            json.add(group.key(), fields);
        }
        return json;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonValue text(Optional<String> value) {
        return value.<JsonValue>map(JSON::createValue).orElse(JsonValue.NULL);
    }
}
