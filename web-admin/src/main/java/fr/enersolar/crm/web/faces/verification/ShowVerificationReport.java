package fr.enersolar.crm.web.faces.verification;

import fr.enersolar.crm.application.jobs.NightlyReports;
import fr.enersolar.crm.domain.model.verification.VerificationDetail;
import fr.enersolar.crm.domain.model.verification.VerificationReport;
import fr.enersolar.crm.domain.model.verification.VerificationReportId;
import fr.enersolar.crm.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * One verification report ({@code verification/report.xhtml?id=report_20260210_030000}): its
 * window, its counts and what it did with each lead. An unknown id answers 404.
 */
@Named
@RequestScoped
public class ShowVerificationReport {

    @Inject NightlyReports reports;

    private String id;
    private VerificationReport report;

    /** The page's view action: reads the report named by {@code id}. */
    public void load() {
        Optional<VerificationReport> found = Optional.empty();
        try {
            if (id != null && id.length() <= 64) {
                found = reports.report(new VerificationReportId(id.trim()));
            }
        } catch (IllegalArgumentException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().setResponseStatus(404);
            Messages.error(context, "verification.notFound");
            return;
        }
        report = found.get();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public VerificationReport getReport() {
        return report;
    }

    public List<VerificationDetail> getDetails() {
        return report == null ? List.of() : report.details();
    }
}
