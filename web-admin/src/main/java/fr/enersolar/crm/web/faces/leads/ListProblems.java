package fr.enersolar.crm.web.faces.leads;

import fr.enersolar.crm.application.delivery.DeliveryActions;
import fr.enersolar.crm.application.leadbrowser.LeadBrowser;
import fr.enersolar.crm.application.leadbrowser.LeadFilter;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The rejected and failed leads ({@code leads/problems.xhtml}): leads intake did not deliver
 * (invalid, orphan, out of area, duplicate) with intake's reasons, and leads whose delivery failed
 * or was refused by the partner, with the partner's last answer and, for writers, a retry (the
 * API's {@code POST /api/leads/{id}/retry}).
 */
@Named
@ViewScoped
public class ListProblems implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Intake's conclusions that keep a lead from delivery. */
    static final List<LeadStatus> REJECTED =
            List.of(
                    LeadStatus.ORPHAN,
                    LeadStatus.INVALID_PHONE,
                    LeadStatus.MISSING_REQUIRED,
                    LeadStatus.INVALID_FIELD,
                    LeadStatus.OUT_OF_AREA,
                    LeadStatus.INTERNAL_DUPLICATE);

    /** Deliveries that ended without the partner taking the lead. */
    static final List<LeadStatus> FAILED =
            List.of(LeadStatus.FAILED, LeadStatus.REJECTED, LeadStatus.AUTH_ERROR);

    @Inject LeadBrowser browser;
    @Inject DeliveryActions delivery;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    private ProblemTableModel rejected;
    private ProblemTableModel failed;

    @PostConstruct
    void init() {
        rejected = new ProblemTableModel(browser, LeadFilter.none().withAnyStatus(REJECTED), false);
        failed = new ProblemTableModel(browser, LeadFilter.none().withAnyDelivery(FAILED), true);
    }

    /** Whether the caller may send leads again (the retry buttons show). */
    public boolean isMayWrite() {
        return staff.identity().map(s -> s.mayWrite(Section.LEADS)).orElse(false);
    }

    /** Routes the lead again and puts it back in the outbox, as the detail page's retry. */
    @ActionRequires(value = Section.LEADS, access = Access.WRITE)
    public void retry(String id) {
        FacesContext context = FacesContext.getCurrentInstance();
        LeadId leadId;
        try {
            leadId = new LeadId(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return;
        }
        DeliveryActions.Result result =
                delivery.retry(leadId, staff.require().actor(), client.ip());
        boolean done = result.outcome() == DeliveryActions.Outcome.QUEUED;
        context.addMessage(
                null,
                new FacesMessage(
                        done ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                        result.outcome().message(),
                        result.outcome().message()));
    }

    public ProblemTableModel getRejected() {
        return rejected;
    }

    public ProblemTableModel getFailed() {
        return failed;
    }
}
