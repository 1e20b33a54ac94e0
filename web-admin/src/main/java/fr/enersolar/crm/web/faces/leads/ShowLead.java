package fr.enersolar.crm.web.faces.leads;

import fr.enersolar.crm.application.delivery.DeliveryActions;
import fr.enersolar.crm.application.leadbrowser.LeadBrowser;
import fr.enersolar.crm.application.leads.EditOutcome;
import fr.enersolar.crm.application.leads.LeadAdministration;
import fr.enersolar.crm.application.leads.ProspectEdit;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.lead.Attribution;
import fr.enersolar.crm.domain.model.lead.FieldError;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.lead.Projet;
import fr.enersolar.crm.domain.model.lead.Prospect;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.layout.Formats;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lead detail page ({@code leads/detail.xhtml?id=…}): the seed's sections (identity, place,
 * home, project, tracking, CRM, consent) and the lead's timeline, oldest event first. An unknown id
 * answers 404 with the seed's message.
 *
 * <p>Writers of the leads section also get the lead's actions, through the services of the JSON API
 * and with its permissions: retry, force send to a chosen CRM, correction of the prospect's fields
 * (checked by the intake rules, refusals shown on each field) and archiving.
 */
@Named
@RequestScoped
public class ShowLead {

    @Inject LeadBrowser browser;
    @Inject DeliveryActions delivery;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;
    @Inject Formats formats;
    @Inject LeadAdministration administration;
    @Inject CrmRepository crms;

    private String id;
    private Lead lead;
    private List<DetailSection> sections = List.of();
    private boolean mayWrite;
    private String targetCrm;
    private final Map<String, String> edits = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        mayWrite = staff.identity().map(s -> s.mayWrite(Section.LEADS)).orElse(false);
    }

    /**
     * Routes the lead again and puts it back in the outbox (the API's {@code POST
     * /api/leads/{id}/retry}): writers of the leads section only; the outcome is shown as a message
     * and the page shows the lead as it is now.
     */
    @ActionRequires(value = Section.LEADS, access = Access.WRITE)
    public void retry() {
        FacesContext context = FacesContext.getCurrentInstance();
        Optional<LeadId> leadId = parse(id);
        if (leadId.isPresent()) {
            show(context, delivery.retry(leadId.get(), staff.require().actor(), client.ip()));
        }
        load();
    }

    /**
     * Sends the lead to the CRM chosen in the dialog, whatever the form's cross-CRM rule (the API's
     * {@code POST /api/leads/{id}/force-send}): writers of the leads section only.
     */
    @ActionRequires(value = Section.LEADS, access = Access.WRITE)
    public void forceSend() {
        FacesContext context = FacesContext.getCurrentInstance();
        Optional<LeadId> leadId = parse(id);
        Optional<CrmId> crm = crmId(targetCrm);
        if (leadId.isPresent() && crm.isEmpty()) {
            Messages.error(context, "lead.force.noCrm");
        } else if (leadId.isPresent()) {
            show(
                    context,
                    delivery.forceSend(
                            leadId.get(), crm.get(), staff.require().actor(), client.ip()));
        }
        load();
    }

    /**
     * Corrects the prospect's fields changed in the form (the API's {@code PUT /api/leads/{id}}),
     * checked by the intake rules: each refusal is shown on its field and nothing is written.
     */
    @ActionRequires(value = Section.LEADS, access = Access.WRITE)
    public void saveEdits() {
        FacesContext context = FacesContext.getCurrentInstance();
        Optional<LeadId> leadId = parse(id);
        Optional<Lead> current = leadId.flatMap(browser::find);
        if (current.isEmpty()) {
            load();
            return;
        }
        Map<String, String> before = editable(current.get());
        Map<String, String> given = new LinkedHashMap<>();
        for (String field : ProspectEdit.EDITABLE) {
            String value = Objects.requireNonNullElse(edits.get(field), "").strip();
            if (!value.equals(before.get(field))) {
                given.put(field, value);
            }
        }
        if (given.isEmpty()) {
            Messages.info(context, "lead.edit.unchanged");
            load();
            return;
        }
        EditOutcome outcome =
                administration.edit(staff.require(), leadId.get(), given, client.ip());
        if (outcome instanceof EditOutcome.Invalid invalid) {
            for (FieldError problem : invalid.problems()) {
                String text =
                        Messages.text(context, "lead.edit.field." + problem.field())
                                + " : "
                                + problem.reason();
                context.addMessage(
                        "edit:" + problem.field(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
            Messages.error(context, "lead.edit.refused");
            context.validationFailed();
            lead = current.get();
            sections = sectionsOf(lead);
            return;
        }
        if (outcome instanceof EditOutcome.Conflict) {
            Messages.error(context, "lead.edit.conflict");
        } else if (outcome instanceof EditOutcome.Edited edited) {
            Messages.info(context, "lead.edit.saved", String.join(", ", edited.after().keySet()));
        }
        edits.clear();
        load();
        if (lead != null) {
            edits.putAll(editable(lead));
        }
    }

    /**
     * Archives the lead (the API's {@code DELETE /api/leads/{id}}) and goes back to the list, which
     * no longer shows it.
     */
    @ActionRequires(value = Section.LEADS, access = Access.WRITE)
    public String archive() {
        FacesContext context = FacesContext.getCurrentInstance();
        Optional<LeadId> leadId = parse(id);
        if (leadId.isEmpty()
                || !administration.archive(staff.require(), leadId.get(), client.ip())) {
            load();
            return null;
        }
        context.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(context, "lead.archived");
        return "/leads/list?faces-redirect=true";
    }

    private static void show(FacesContext context, DeliveryActions.Result result) {
        boolean done = result.outcome() == DeliveryActions.Outcome.QUEUED;
        context.addMessage(
                null,
                new FacesMessage(
                        done ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                        result.outcome().message(),
                        result.outcome().message()));
    }

    private static Optional<CrmId> crmId(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CrmId(value.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The editable prospect fields as the lead holds them, by their JSON names. */
    private static Map<String, String> editable(Lead lead) {
        Prospect p = lead.prospect();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("phone", p.phone());
        values.put("civilite", p.civilite());
        values.put("nom", p.nom());
        values.put("prenom", p.prenom());
        values.put("email", p.email());
        values.put("code_postal", p.codePostal());
        values.put("departement", p.departement());
        values.put("ville", p.ville());
        values.put("adresse", p.adresse());
        values.replaceAll((k, v) -> v == null ? "" : v.strip());
        return values;
    }

    /**
     * Whether the writers' actions (force send, correction, archive) show: for writers, on a lead
     * shown; always on their postback, so the actions can run (each checks again).
     */
    public boolean isWriterActionsShown() {
        FacesContext context = FacesContext.getCurrentInstance();
        return mayWrite && (context.isPostback() || lead != null);
    }

    /** The CRMs a lead may be forced to, by name. */
    public List<Crm> getCrms() {
        return crms.all().stream()
                .sorted(Comparator.comparing(c -> c.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    /** The editable fields, by their JSON names, in display order. */
    public List<String> getEditableFields() {
        return ProspectEdit.EDITABLE;
    }

    public Map<String, String> getEdits() {
        return edits;
    }

    public String getTargetCrm() {
        return targetCrm;
    }

    public void setTargetCrm(String targetCrm) {
        this.targetCrm = targetCrm;
    }

    /**
     * Whether the retry button shows: for writers, on a lead waiting for or refused delivery (the
     * action itself checks again); always on a postback, so the button's action can run.
     */
    public boolean isRetryShown() {
        FacesContext context = FacesContext.getCurrentInstance();
        return mayWrite && (context.isPostback() || retryable());
    }

    private boolean retryable() {
        return lead != null
                && lead.deliveryStatus()
                        .filter(s -> s.ordinal() >= LeadStatus.PENDING.ordinal() && !s.delivered())
                        .isPresent();
    }

    /** The page's view action: reads the lead named by the {@code id} parameter. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        Optional<Lead> found = parse(id).flatMap(browser::find);
        if (found.isEmpty()) {
            context.getExternalContext().setResponseStatus(404);
            Messages.error(context, "lead.notFound");
            return;
        }
        lead = found.get();
        sections = sectionsOf(lead);
        if (edits.isEmpty()) {
            // The correction form shows the lead as stored, also after another action's
            // postback; on its own postback it keeps what was typed.
            edits.putAll(editable(lead));
        }
    }

    private static Optional<LeadId> parse(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LeadId(id.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private List<DetailSection> sectionsOf(Lead lead) {
        Prospect p = lead.prospect();
        Projet j = lead.projet();
        Attribution a = lead.attribution();
        return List.of(
                new DetailSection(
                        "lead.section.identity",
                        List.of(
                                field("lead.civilite", p.civilite()),
                                field("lead.nom", p.nom()),
                                field("lead.prenom", p.prenom()),
                                field("lead.phone", p.phone()),
                                field("lead.email", p.email()))),
                new DetailSection(
                        "lead.section.place",
                        List.of(
                                field("lead.codePostal", p.codePostal()),
                                field("lead.departement", p.departement()),
                                field("lead.ville", p.ville()),
                                field("lead.adresse", p.adresse()))),
                new DetailSection(
                        "lead.section.project",
                        List.of(
                                field("lead.typeLogement", j.typeLogement()),
                                field("lead.statutOccupant", j.statutOccupant()),
                                field("lead.surface", j.surfaceHabitable()),
                                field("lead.annee", j.anneeConstruction()),
                                field("lead.chauffage", j.typeChauffage()),
                                field("lead.typeProjet", j.typeProjet()),
                                field("lead.delai", j.delaiProjet()),
                                field("lead.budget", j.budget()))),
                new DetailSection(
                        "lead.section.tracking",
                        List.of(
                                field("lead.form", lead.submittedForm()),
                                field("lead.lp", a.lpCode()),
                                field("lead.liaison", a.liaisonCode()),
                                field("lead.source", a.source()),
                                field(
                                        "lead.utm",
                                        Stream.of(a.utmSource(), a.utmMedium(), a.utmCampaign())
                                                .filter(v -> !v.isBlank())
                                                .collect(Collectors.joining(" / "))))),
                new DetailSection(
                        "lead.section.crm",
                        List.of(
                                field(
                                        "lead.product",
                                        lead.productType().map(Enum::name).orElse("")),
                                field("lead.status", label("status.", lead.status())),
                                field("lead.delivery", label("delivery.", lead.apiStatus())),
                                field(
                                        "lead.targetCrm",
                                        lead.targetCrmSlug().map(s -> s.value()).orElse("")),
                                field("lead.routingReason", lead.routingReason()),
                                field(
                                        "lead.errors",
                                        lead.errors().stream()
                                                .map(e -> e.field() + " : " + e.reason())
                                                .collect(Collectors.joining(" ; "))))),
                new DetailSection(
                        "lead.section.consent",
                        List.of(
                                field("lead.received", formats.precise(lead.createdAt())),
                                field("lead.rgpd", yesNo(lead.rgpdConsent())),
                                field("lead.newsletter", yesNo(lead.newsletter())),
                                field(
                                        "lead.consentVersion",
                                        lead.consent().map(c -> c.textVersion()).orElse("")),
                                field("lead.ip", lead.ip()),
                                field(
                                        "lead.pageUrl",
                                        lead.consent().map(c -> c.pageUrl()).orElse("")))));
    }

    private static DetailField field(String label, String value) {
        return new DetailField(label, value == null ? "" : value);
    }

    /** The bundle's label of a status, else the status itself. */
    private static String label(String prefix, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String text = Messages.text(FacesContext.getCurrentInstance(), prefix + value);
        return text.equals(prefix + value) ? value : text;
    }

    private static String yesNo(boolean value) {
        return Messages.text(FacesContext.getCurrentInstance(), value ? "common.yes" : "common.no");
    }

    /** The timeline's type as text: a known type's label, else the type itself. */
    public String typeLabel(TimelineEntry entry) {
        String key = "timeline." + entry.type();
        String text = Messages.text(FacesContext.getCurrentInstance(), key);
        return text.equals(key) ? entry.type() : text;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Lead getLead() {
        return lead;
    }

    public List<DetailSection> getSections() {
        return sections;
    }

    public List<TimelineEntry> getTimeline() {
        return lead == null ? List.of() : lead.timeline();
    }
}
