package fr.enersolar.crm.web.faces.billing;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.application.jobs.NightlyReports;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.billing.BillingStatement;
import fr.enersolar.crm.domain.model.billing.BillingStatementId;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.api.nightly.BillingCsv;
import fr.enersolar.crm.web.api.nightly.BillingResource;
import fr.enersolar.crm.web.api.nightly.BillingStatementPdf;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The billing page's downloads, as plain links the login cookie opens ({@code
 * billing/download.xhtml?format=pdf&id=…} for one monthly statement, {@code ?format=csv&year=2026}
 * for a year's statement lines): the same files as {@code GET /api/billing/statement.pdf} and
 * {@code /transactions.csv}, for readers of the billing section, each recorded in the activity log
 * as an export. An unknown statement or a bad parameter answers 404.
 */
@Named
@RequestScoped
public class DownloadBilling {

    @Inject NightlyReports reports;
    @Inject ActivityJournal journal;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;
    @Inject Clock clock;

    private String format;
    private String id;
    private String year;

    /** The view action: sends the file, or 404. */
    @ActionRequires(value = Section.BILLING, access = Access.READ)
    public void send() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        if ("pdf".equals(format)) {
            Optional<BillingStatement> statement = statement(id);
            if (statement.isPresent()) {
                BillingStatement s = statement.get();
                var names = reports.crmNames();
                byte[] pdf =
                        BillingStatementPdf.render(
                                s,
                                BillingResource.crmName(names, s.from().value()).name(),
                                BillingResource.crmName(names, s.to().value()).name(),
                                clock.instant());
                BillingResource.recordPdfExport(s, journal, staff, client.ip());
                write(context, "application/pdf", BillingStatementPdf.fileName(s), pdf);
                return;
            }
        } else if ("csv".equals(format) && year != null && year.matches("20\\d\\d|2100")) {
            List<BillingStatement> statements =
                    reports.history(
                            Optional.of(Integer.parseInt(year)),
                            Optional.empty(),
                            Optional.empty());
            journal.record(
                    staff.require().actor(),
                    ActivityAction.EXPORT,
                    new Subject("billing", "transactions", "transactions.csv"),
                    Map.of("year", year, "month", "", "rows", BillingCsv.rows(statements)),
                    client.ip());
            write(
                    context,
                    "text/csv; charset=UTF-8",
                    BillingCsv.FILE_NAME,
                    BillingCsv.of(statements).getBytes(StandardCharsets.UTF_8));
            return;
        }
        context.getExternalContext().responseSendError(404, "Facturation non trouvée");
        context.responseComplete();
    }

    private Optional<BillingStatement> statement(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 64) {
            return Optional.empty();
        }
        try {
            return reports.statement(new BillingStatementId(raw.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void write(FacesContext context, String type, String fileName, byte[] bytes)
            throws IOException {
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseContentLength(bytes.length);
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        external.setResponseHeader(
                "Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(bytes);
        }
        context.responseComplete();
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
