package fr.enersolar.crm.web.api.leads;

import fr.enersolar.crm.application.leads.LeadAdministration;
import fr.enersolar.crm.application.leads.LeadCriteria;
import fr.enersolar.crm.application.leads.LeadExport;
import fr.enersolar.crm.application.leads.LeadParameters;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * {@code GET /api/leads/export.csv}: the leads of the list's filters as CSV ({@link LeadCsv}),
 * streamed from the store while it is written, newest first, at most {@value
 * LeadAdministration#MAX_EXPORT_ROWS} rows ({@code X-Export-Truncated: true} when the selection
 * holds more). The seed exported in the browser; here the server does, and the export is in the
 * activity log with its filters.
 */
@Path("leads/export.csv")
@RequestScoped
@Requires(value = Section.LEADS, access = Access.READ)
public class LeadExportResource {

    static final String CSV = "text/csv;charset=UTF-8";

    @Inject LeadAdministration administration;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;
    @Inject Clock clock;
    @Context UriInfo uri;

    @GET
    @Produces({CSV, MediaType.APPLICATION_JSON})
    public Response export() {
        Map<String, String> given = QueryParameters.of(uri);
        LeadParameters params = LeadParameters.of(given);
        LeadCriteria criteria = params.criteria(clock.instant());
        if (!params.problems().isEmpty()) {
            return LeadJson.invalid(params.problems());
        }
        LeadExport export = administration.export(staff.require(), criteria, given, client.ip());
        StreamingOutput body =
                output -> {
                    Writer out =
                            new BufferedWriter(
                                    new OutputStreamWriter(output, StandardCharsets.UTF_8));
                    LeadCsv.header(out);
                    try {
                        export.source()
                                .accept(
                                        row -> {
                                            try {
                                                LeadCsv.row(out, row);
                                            } catch (IOException e) {
                                                throw new UncheckedIOException(e);
                                            }
                                        });
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                    out.flush();
                };
        String file =
                "leads_" + LocalDate.now(clock.withZone(LeadParameters.BUSINESS_ZONE)) + ".csv";
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("X-Export-Rows", export.rows())
                .header("X-Export-Truncated", export.truncated())
                .build();
    }
}
