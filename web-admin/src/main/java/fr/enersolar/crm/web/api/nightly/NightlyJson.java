package fr.enersolar.crm.web.api.nightly;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.jobs.NightlyJobs.JobRun;
import fr.enersolar.crm.domain.model.billing.BillingLine;
import fr.enersolar.crm.domain.model.billing.BillingStatement;
import fr.enersolar.crm.domain.model.verification.VerificationDetail;
import fr.enersolar.crm.domain.model.verification.VerificationReport;
import fr.enersolar.crm.domain.model.verification.VerificationTally;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** JSON of the nightly jobs' reports, statements and executions (SPEC-seed §11, §12 keys). */
final class NightlyJson {

    private NightlyJson() {}

    static JsonObject report(VerificationReport report) {
        VerificationTally t = report.tally();
        JsonArrayBuilder details = JSON.createArrayBuilder();
        for (VerificationDetail d : report.details()) {
            JsonObjectBuilder detail =
                    JSON.createObjectBuilder().add("lead_id", d.leadId()).add("action", d.action());
            optional(detail, "reason", d.reason());
            optional(detail, "original_status", d.originalStatus());
            optional(detail, "new_status", d.newStatus());
            optional(detail, "crm", d.crm());
            optional(detail, "error", d.error());
            details.add(detail);
        }
        return JSON.createObjectBuilder()
                .add("id", report.id().value())
                .add("run_at", report.runAt().toString())
                .add(
                        "period",
                        JSON.createObjectBuilder()
                                .add("from", report.period().from().toString())
                                .add("to", report.period().to().toString()))
                .add("total_leads", t.totalLeads())
                .add("successful", t.successful())
                .add("duplicates", t.duplicates())
                .add("failed", t.failed())
                .add("retried", t.retried())
                .add("retry_success", t.retrySuccess())
                .add("retry_failed", t.retryFailed())
                .add("skipped_duplicates", t.skippedDuplicates())
                .add("details", details)
                .build();
    }

    private static void optional(JsonObjectBuilder json, String key, String value) {
        if (value != null && !value.isEmpty()) {
            json.add(key, value);
        }
    }

    /** Euros with two decimals, from cents (the seed's amounts are euros). */
    static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static JsonObject statement(BillingStatement s) {
        JsonArrayBuilder lines = JSON.createArrayBuilder();
        for (BillingLine line : s.breakdown()) {
            lines.add(
                    JSON.createObjectBuilder()
                            .add("product", line.product())
                            .add("department", line.department())
                            .add("count", line.count())
                            .add("price", euros(line.price()))
                            .add("total", euros(line.total())));
        }
        return JSON.createObjectBuilder()
                .add("id", s.id().value())
                .add("year", s.period().getYear())
                .add("month", s.period().getMonthValue())
                .add("from_crm_id", s.from().value())
                .add("to_crm_id", s.to().value())
                .add("total_leads", s.totalLeads())
                .add("total_amount", euros(s.totalAmountCents()))
                .add("breakdown", lines)
                .add("calculated_at", s.calculatedAt().toString())
                .add("status", s.status().wire())
                .add("updated_at", s.updatedAt().toString())
                .build();
    }

    static JsonObject execution(JobRun run) {
        JsonObjectBuilder json =
                JSON.createObjectBuilder()
                        .add("execution_id", run.executionId())
                        .add("job", run.job());
        optional(json, "status", run.status());
        optional(json, "exit_status", run.exitStatus());
        instant(json, "created_at", run.createdAt());
        instant(json, "started_at", run.startedAt());
        instant(json, "ended_at", run.endedAt());
        return json.build();
    }

    private static void instant(JsonObjectBuilder json, String key, Instant value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value.toString());
        }
    }

    /** A positive bounded integer query parameter, or the 400 naming it. */
    static Optional<Integer> boundedInt(String raw, int min, int max) {
        try {
            int value = Integer.parseInt(raw.trim());
            return value < min || value > max ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Response outOfRange(String field, int min, int max) {
        return ErrorResponses.invalid(field, "entier entre " + min + " et " + max + " attendu");
    }

    static Response jobsUnavailable() {
        return ErrorResponses.detail(503, "Les tâches planifiées ne sont pas disponibles");
    }
}
