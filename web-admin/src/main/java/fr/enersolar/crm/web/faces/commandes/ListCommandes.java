package fr.enersolar.crm.web.faces.commandes;

import fr.enersolar.crm.application.catalogue.Crms;
import fr.enersolar.crm.application.commandes.CommandeAdministration;
import fr.enersolar.crm.application.commandes.CommandeInput;
import fr.enersolar.crm.application.common.Outcome;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.layout.ViewParameters;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The commandes page ({@code commandes/list.xhtml?crm=…}, SPEC-seed §17 "Commandes"): a card per
 * CRM with its active and total commandes, and the commandes of the chosen CRM (of all CRMs when
 * none is chosen) with product, départements, caps, price and state. Writers of the commandes
 * section get "Nouvelle commande", "Modifier" and the activate/deactivate button (the API's {@code
 * PUT /api/commandes/{id}} with {@code active}).
 */
@Named
@ViewScoped
public class ListCommandes implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject CommandeAdministration administration;
    @Inject Crms crms;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    private String crm;
    private List<CrmSummary> summaries = List.of();
    private List<CommandeRow> rows = List.of();
    private boolean mayWrite;

    /** The page's view action: reads the CRMs and the commandes. */
    public void load() {
        mayWrite = staff.identity().map(s -> s.mayWrite(Section.COMMANDES)).orElse(false);
        List<CommandeRow> all =
                administration.list(Optional.empty()).stream().map(CommandeRow::of).toList();
        List<Crm> known = crms.list();
        summaries =
                known.stream()
                        .map(
                                c -> {
                                    String id = c.id().value();
                                    List<CommandeRow> its =
                                            all.stream().filter(r -> r.crmId().equals(id)).toList();
                                    return new CrmSummary(
                                            id,
                                            c.name(),
                                            c.slug().value(),
                                            its.stream().filter(CommandeRow::active).count(),
                                            its.size());
                                })
                        .toList();
        if (crm != null && known.stream().noneMatch(c -> c.id().value().equals(crm))) {
            crm = null;
        }
        rows = crm == null ? all : all.stream().filter(r -> r.crmId().equals(crm)).toList();
    }

    /**
     * Activates an inactive commande or deactivates an active one (the API's {@code PUT} with
     * {@code active}): writers of the commandes section only.
     */
    @ActionRequires(value = Section.COMMANDES, access = Access.WRITE)
    public void toggle(CommandeRow row) {
        FacesContext context = FacesContext.getCurrentInstance();
        CommandeInput input =
                new CommandeInput(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(!row.active()),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty());
        Outcome<CommandeAdministration.CommandeView> outcome =
                administration.update(staff.require().actor(), client.ip(), row.id(), input);
        if (outcome instanceof Outcome.NotFound<?> notFound) {
            Messages.error(context, "commande.failed", notFound.message());
        } else if (outcome instanceof Outcome.Invalid<?> invalid) {
            Messages.error(context, "commande.failed", invalid.reason());
        } else {
            Messages.info(context, row.active() ? "commande.deactivated" : "commande.activated");
        }
        load();
    }

    // --- ui-gaps: delete ---

    /** Deletes the commande of the row (as {@code DELETE /api/commandes/{id}}): writers only. */
    @ActionRequires(value = Section.COMMANDES, access = Access.WRITE)
    public void delete(CommandeRow row) {
        FacesContext context = FacesContext.getCurrentInstance();
        Outcome<String> outcome =
                administration.delete(staff.require().actor(), client.ip(), row.id());
        if (outcome instanceof Outcome.NotFound<?> notFound) {
            Messages.error(context, "commande.failed", notFound.message());
        } else {
            Messages.info(context, "commande.deleted");
        }
        load();
    }

    // --- end ui-gaps ---

    /**
     * Whether the writers' buttons are shown: to writers. While a postback is decoded and run they
     * are part of the page for everyone, so that a forged postback of a reader reaches the action
     * and its {@link ActionRequires} guard refuses it (with a 403), instead of being silently
     * ignored; they are rendered for writers only.
     */
    public boolean isActionsShown() {
        FacesContext context = FacesContext.getCurrentInstance();
        return mayWrite
                || (context.isPostback() && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE);
    }

    public boolean isMayWrite() {
        return mayWrite;
    }

    public String getCrm() {
        return crm;
    }

    public void setCrm(String crm) {
        this.crm = ViewParameters.id(crm);
    }

    /** The chosen CRM's name, or null when every CRM is shown. */
    public String getCrmName() {
        return summaries.stream()
                .filter(s -> s.id().equals(crm))
                .map(CrmSummary::name)
                .findFirst()
                .orElse(null);
    }

    public List<CrmSummary> getSummaries() {
        return summaries;
    }

    public List<CommandeRow> getRows() {
        return rows;
    }
}
