package fr.enersolar.crm.web.faces.leads;

import fr.enersolar.crm.application.leadbrowser.LeadBrowser;
import fr.enersolar.crm.domain.model.lead.Attribution;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.Projet;
import fr.enersolar.crm.domain.model.lead.Prospect;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.layout.Formats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lead detail page ({@code leads/detail.xhtml?id=…}): the seed's sections (identity, place,
 * home, project, tracking, CRM, consent) and the lead's timeline, oldest event first. An unknown id
 * answers 404 with the seed's message.
 */
@Named
@RequestScoped
public class ShowLead {

    @Inject LeadBrowser browser;
    @Inject Formats formats;

    private String id;
    private Lead lead;
    private List<DetailSection> sections = List.of();

    /** The page's view action: reads the lead named by the {@code id} parameter. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        Optional<Lead> found = Optional.empty();
        if (id != null && !id.isBlank() && id.length() <= 64) {
            try {
                found = browser.find(new LeadId(id.trim()));
            } catch (IllegalArgumentException e) {
                found = Optional.empty();
            }
        }
        if (found.isEmpty()) {
            context.getExternalContext().setResponseStatus(404);
            Messages.error(context, "lead.notFound");
            return;
        }
        lead = found.get();
        sections = sectionsOf(lead);
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
