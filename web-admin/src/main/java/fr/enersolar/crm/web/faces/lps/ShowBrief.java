package fr.enersolar.crm.web.faces.lps;

import fr.enersolar.crm.application.brief.BriefAccount;
import fr.enersolar.crm.application.brief.BriefPage;
import fr.enersolar.crm.application.brief.Briefs;
import fr.enersolar.crm.application.brief.FormBrief;
import fr.enersolar.crm.application.brief.LeadFields;
import fr.enersolar.crm.application.brief.LpBrief;
import fr.enersolar.crm.application.brief.SafeUrls;
import fr.enersolar.crm.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The brief of a landing page ({@code lps/brief.xhtml?id=…}) or of a form ({@code
 * forms/brief.xhtml?id=…}), from the same {@link Briefs} generator as {@code GET
 * /api/lps/{id}/brief} and {@code GET /api/forms/{id}/brief} (SPEC-seed §14): the codes, the mode,
 * the scripts (one for an embedded form, else the landing page's in blue and the form's in orange),
 * each with a "Copier" button, the generator's warnings and the lead-field catalogue. An unknown id
 * answers 404 with the seed's message.
 */
@Named
@RequestScoped
public class ShowBrief {

    @Inject Briefs briefs;

    private String id;
    private boolean found;
    private String mode = "";
    private BriefPage lp;
    private BriefPage form;
    private String liaisonCode = "";
    private BriefAccount account;
    private String apiUrl = "";
    private String trackingType = "";
    private String redirectUrl = "";
    private final List<ScriptBlock> scripts = new ArrayList<>();
    private List<LeadFields.Group> leadFields = List.of();
    private List<String> warnings = List.of();

    /** The landing-page brief page's view action. */
    public void loadLp() {
        Optional<String> base = base();
        if (base.isEmpty()) {
            return;
        }
        Briefs.Answer<LpBrief> answer = briefs.forLp(id == null ? "" : id, base.get());
        if (answer instanceof Briefs.Answer.Missing<LpBrief> missing) {
            notFound(missing.error());
            return;
        }
        LpBrief brief = ((Briefs.Answer.Generated<LpBrief>) answer).brief();
        found = true;
        mode = brief.mode();
        lp = brief.lp();
        form = brief.form();
        liaisonCode = brief.liaisonCode();
        account = brief.account();
        apiUrl = brief.apiUrl();
        trackingType = brief.trackingType();
        redirectUrl = brief.redirectUrl();
        brief.combinedScript()
                .ifPresent(
                        s ->
                                scripts.add(
                                        new ScriptBlock(
                                                "script-combined",
                                                "brief.script.combined",
                                                "combined",
                                                s)));
        brief.lpScript()
                .ifPresent(
                        s -> scripts.add(new ScriptBlock("script-lp", "brief.script.lp", "lp", s)));
        brief.formScript()
                .ifPresent(
                        s ->
                                scripts.add(
                                        new ScriptBlock(
                                                "script-form", "brief.script.form", "form", s)));
        leadFields = brief.leadFields();
        warnings = brief.warnings();
    }

    /** The form brief page's view action. */
    public void loadForm() {
        Optional<String> base = base();
        if (base.isEmpty()) {
            return;
        }
        Briefs.Answer<FormBrief> answer = briefs.forForm(id == null ? "" : id, base.get());
        if (answer instanceof Briefs.Answer.Missing<FormBrief> missing) {
            notFound(missing.error());
            return;
        }
        FormBrief brief = ((Briefs.Answer.Generated<FormBrief>) answer).brief();
        found = true;
        mode = "";
        form = brief.form();
        lp = brief.lp().orElse(null);
        liaisonCode = brief.liaisonCode().orElse("");
        account = brief.account().orElse(null);
        apiUrl = brief.apiUrl();
        trackingType = brief.trackingType();
        redirectUrl = brief.redirectUrl();
        brief.lpScript()
                .ifPresent(
                        s -> scripts.add(new ScriptBlock("script-lp", "brief.script.lp", "lp", s)));
        scripts.add(
                new ScriptBlock("script-form", "brief.script.form", "form", brief.formScript()));
        leadFields = brief.leadFields();
        warnings = brief.warnings();
    }

    /** The scripts' API URL: CRM_PUBLIC_URL, else this request's base when it can be one. */
    private Optional<String> base() {
        FacesContext context = FacesContext.getCurrentInstance();
        String base = BriefBase.of(context);
        if (briefs.publicUrl().isEmpty() && SafeUrls.absoluteBase(base).isEmpty()) {
            context.getExternalContext().setResponseStatus(400);
            Messages.error(context, "brief.badHost");
            return Optional.empty();
        }
        return Optional.of(base);
    }

    private void notFound(String error) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().setResponseStatus(404);
        Messages.error(context, "catalogue.refused", error);
    }

    /** The public endpoint of the form's configuration (the seed's brief showed it). */
    public String getPublicEndpoint() {
        return form == null ? "" : apiUrl + "/api/forms/public/" + form.code();
    }

    /** "code name" of the landing page, "" without one. */
    public String getLpLabel() {
        return lp == null ? "" : lp.code() + " " + lp.name();
    }

    /** "code name" of the form, "" without one. */
    public String getFormLabel() {
        return form == null ? "" : form.code() + " " + form.name();
    }

    /** The code in the page's title: the landing page's or the form's. */
    public String getLpCode() {
        return lp == null ? "" : lp.code();
    }

    public String getFormCode() {
        return form == null ? "" : form.code();
    }

    /** What helps fill a field: its options, else its example. */
    public String hint(LeadFields.Field field) {
        return field.options().isEmpty()
                ? field.example().orElse("")
                : String.join(", ", field.options());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null || id.length() > 64 ? null : id.trim();
    }

    public boolean isFound() {
        return found;
    }

    public String getMode() {
        return mode;
    }

    public BriefPage getLp() {
        return lp;
    }

    public BriefPage getForm() {
        return form;
    }

    public String getLiaisonCode() {
        return liaisonCode;
    }

    public BriefAccount getAccount() {
        return account;
    }

    public String getApiUrl() {
        return apiUrl;
    }

    public String getTrackingType() {
        return trackingType;
    }

    public String getRedirectUrl() {
        return redirectUrl;
    }

    public List<ScriptBlock> getScripts() {
        return scripts;
    }

    public List<LeadFields.Group> getLeadFields() {
        return leadFields;
    }

    public List<String> getWarnings() {
        return warnings;
    }
}
