package fr.enersolar.crm.web.faces.accounts;

import fr.enersolar.crm.application.catalogue.Accounts;
import fr.enersolar.crm.application.catalogue.Caller;
import fr.enersolar.crm.application.catalogue.Crms;
import fr.enersolar.crm.application.catalogue.Values;
import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.shared.TrackingType;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.layout.ViewParameters;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Creates an account ({@code accounts/edit.xhtml?crm=…}) or changes one ({@code ?id=…}) through the
 * same {@link Accounts} as {@code POST}/{@code PUT /api/accounts}: name, CRM (on creation), domain,
 * three logo URLs, two colours, default tracking type, notes and, for administrators only (as in
 * the API), the GTM snippets. Refused values come back from the use case as a {@link
 * fr.enersolar.crm.application.catalogue.CatalogueException}, which the exception funnel shows
 * field by field.
 */
@Named
@ViewScoped
public class EditAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Accounts accounts;
    @Inject Crms crms;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    private String id;
    private String crm;
    private String crmName = "";
    private boolean found = true;
    private boolean gtmEditable;
    private String name;
    private String domain;
    private String logoMain;
    private String logoSecondary;
    private String logoMini;
    private String primaryColor;
    private String secondaryColor;
    private String trackingType = TrackingType.REDIRECT.wire();
    private String gtmHead;
    private String gtmBody;
    private String gtmConversion;
    private String notes;
    private List<SelectItem> crmChoices = List.of();

    /** The page's view action: the account to change, or the CRMs for a new one. */
    public void load() {
        gtmEditable = staff.identity().map(s -> s.mayAdminister(Section.ACCOUNTS)).orElse(false);
        crmChoices =
                crms.list().stream().map(c -> new SelectItem(c.id().value(), c.name())).toList();
        if (id == null) {
            return;
        }
        // Not found until read: an unknown id goes to the exception funnel (404).
        found = false;
        Account a = accounts.get(id);
        found = true;
        crm = a.primaryCrm().value();
        crmName =
                crmChoices.stream()
                        .filter(c -> c.getValue().equals(crm))
                        .map(SelectItem::getLabel)
                        .findFirst()
                        .orElse("?");
        name = a.name();
        domain = a.domain();
        logoMain = a.logoMainUrl();
        logoSecondary = a.logoSecondaryUrl();
        logoMini = a.logoMiniUrl();
        primaryColor = a.primaryColor();
        secondaryColor = a.secondaryColor();
        trackingType = a.defaultTrackingType();
        gtmHead = a.gtmHead();
        gtmBody = a.gtmBody();
        gtmConversion = a.gtmConversion();
        notes = a.notes();
    }

    /** Stores the account and goes back to its CRM's accounts. */
    @ActionRequires(value = Section.ACCOUNTS, access = Access.WRITE)
    public String save() {
        FacesContext context = FacesContext.getCurrentInstance();
        Values.Builder values =
                Values.builder()
                        .text("name", name == null ? "" : name)
                        .text("domain", orEmpty(domain))
                        .text("logo_main_url", orEmpty(logoMain))
                        .text("logo_secondary_url", orEmpty(logoSecondary))
                        .text("logo_mini_url", orEmpty(logoMini))
                        .text("primary_color", blankToNull(primaryColor))
                        .text("secondary_color", blankToNull(secondaryColor))
                        .text("default_tracking_type", trackingType)
                        .text("notes", orEmpty(notes));
        if (gtmEditable) {
            values.text("gtm_head", orEmpty(gtmHead))
                    .text("gtm_body", orEmpty(gtmBody))
                    .text("gtm_conversion", orEmpty(gtmConversion));
        }
        Caller caller = new Caller(staff.require(), client.ip());
        Account saved;
        if (id == null) {
            values.text("crm_id", crm);
            saved = accounts.create(caller, values.build());
        } else {
            saved = accounts.update(caller, id, values.build());
        }
        context.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(context, id == null ? "account.created" : "account.saved", saved.name());
        return "/accounts/list?faces-redirect=true&crm=" + saved.primaryCrm().value();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The tracking types, by their stored names. */
    public List<String> getTrackingTypes() {
        return Arrays.stream(TrackingType.values()).map(TrackingType::wire).toList();
    }

    public List<SelectItem> getCrmChoices() {
        return crmChoices;
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isGtmEditable() {
        return gtmEditable;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = ViewParameters.id(id);
    }

    public String getCrm() {
        return crm;
    }

    public void setCrm(String crm) {
        this.crm = ViewParameters.id(crm);
    }

    public String getCrmName() {
        return crmName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getLogoMain() {
        return logoMain;
    }

    public void setLogoMain(String logoMain) {
        this.logoMain = logoMain;
    }

    public String getLogoSecondary() {
        return logoSecondary;
    }

    public void setLogoSecondary(String logoSecondary) {
        this.logoSecondary = logoSecondary;
    }

    public String getLogoMini() {
        return logoMini;
    }

    public void setLogoMini(String logoMini) {
        this.logoMini = logoMini;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public void setPrimaryColor(String primaryColor) {
        this.primaryColor = primaryColor;
    }

    public String getSecondaryColor() {
        return secondaryColor;
    }

    public void setSecondaryColor(String secondaryColor) {
        this.secondaryColor = secondaryColor;
    }

    public String getTrackingType() {
        return trackingType;
    }

    public void setTrackingType(String trackingType) {
        this.trackingType = trackingType;
    }

    public String getGtmHead() {
        return gtmHead;
    }

    public void setGtmHead(String gtmHead) {
        this.gtmHead = gtmHead;
    }

    public String getGtmBody() {
        return gtmBody;
    }

    public void setGtmBody(String gtmBody) {
        this.gtmBody = gtmBody;
    }

    public String getGtmConversion() {
        return gtmConversion;
    }

    public void setGtmConversion(String gtmConversion) {
        this.gtmConversion = gtmConversion;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
