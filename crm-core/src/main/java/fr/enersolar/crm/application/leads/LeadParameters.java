package fr.enersolar.crm.application.leads;

import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.lead.FieldError;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the query parameters of the staff lead lists, exports and statistics (SPEC-seed §5.3,
 * §15.1) into {@link LeadCriteria} and {@link Paging}, collecting one French reason per bad
 * parameter instead of failing at the first.
 *
 * <p>Dates: {@code date_from} and {@code date_to} are days ({@code 2026-11-20}, Paris time, both
 * included) or instants ({@code 2026-11-20T08:00:00Z}, {@code date_to} excluded). {@code period}
 * ({@code today} since midnight in Paris, {@code week} = the last 7 days, {@code month} = the last
 * 30 days) replaces them, as in the seed; {@code custom} or nothing leaves them in charge.
 */
public final class LeadParameters {

    /** Business days start at midnight in Paris (SPEC-seed §20). */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Paris");

    private static final Pattern STATUS = Pattern.compile("[a-z_]{1,40}");
    private static final int MAX_DEPARTEMENTS = 120;

    private final Map<String, String> params;
    private final List<FieldError> problems = new ArrayList<>();

    private LeadParameters(Map<String, String> params) {
        this.params = Map.copyOf(params);
    }

    /** The parameters by name (the first value of each); blank values count as absent. */
    public static LeadParameters of(Map<String, String> params) {
        return new LeadParameters(params);
    }

    /** Everything wrong so far, in the order met. */
    public List<FieldError> problems() {
        return List.copyOf(problems);
    }

    /** The selection the parameters describe, at {@code now}. */
    public LeadCriteria criteria(Instant now) {
        LeadCriteria c = LeadCriteria.any();
        Optional<String> period = text("period");
        if (period.isPresent() && !period.get().equals("custom")) {
            c = periodCriteria(c, period.get(), now);
        } else {
            Optional<Instant> from = instant("date_from", false);
            Optional<Instant> to = instant("date_to", true);
            if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
                problem("date_to", "doit être postérieure à date_from");
            }
            c = c.between(from.orElse(null), to.orElse(null));
        }
        Optional<String> crm = text("crm_id");
        if (crm.isPresent()) {
            try {
                c = c.routedTo(new CrmId(crm.get()));
            } catch (IllegalArgumentException e) {
                problem("crm_id", "identifiant de CRM invalide");
            }
        }
        Optional<String> product = text("product_type");
        if (product.isPresent()) {
            try {
                c = c.withProduct(ProductType.parse(product.get()));
            } catch (IllegalArgumentException e) {
                problem("product_type", "produit inconnu (PV, PAC ou ITE)");
            }
        }
        Optional<String> status = text("status");
        if (status.isPresent()) {
            if (STATUS.matcher(status.get()).matches()) {
                c = c.withStatus(status.get());
            } else {
                problem("status", "statut invalide");
            }
        }
        Optional<String> form = text("form_code");
        if (form.isPresent()) {
            try {
                c = c.fromForm(new FormCode(form.get()));
            } catch (IllegalArgumentException e) {
                problem("form_code", "code de formulaire invalide (PV-001)");
            }
        }
        c = c.inDepartements(departements());
        Optional<String> q = text("q").or(() -> text("search"));
        if (q.isPresent()) {
            try {
                c = c.matching(SearchTerm.parse(q.get()));
            } catch (IllegalArgumentException e) {
                problem(params.containsKey("q") ? "q" : "search", e.getMessage());
            }
        }
        return c;
    }

    /**
     * The page asked for: {@code limit} (default {@value Paging#DEFAULT_LIMIT}, at most {@value
     * Paging#MAX_LIMIT}) and either {@code skip} or {@code page} (1-based).
     */
    public Paging paging() {
        int limit = integer("limit", 1, Paging.MAX_LIMIT).orElse(Paging.DEFAULT_LIMIT);
        Optional<Integer> skip = integer("skip", 0, Paging.MAX_SKIP);
        Optional<Integer> page = integer("page", 1, Integer.MAX_VALUE);
        if (skip.isPresent() && page.isPresent()) {
            problem("page", "donner skip ou page, pas les deux");
            return new Paging(0, limit);
        }
        if (page.isPresent()) {
            long offset = (long) (page.get() - 1) * limit;
            if (offset > Paging.MAX_SKIP) {
                problem(
                        "page",
                        "trop loin dans la liste (au plus "
                                + Paging.MAX_SKIP
                                + " lignes sautées) : réduisez la période");
                return new Paging(0, limit);
            }
            return new Paging((int) offset, limit);
        }
        return new Paging(skip.orElse(0), limit);
    }

    /** A whole number in {@code [min, max]}, when given. */
    public Optional<Integer> integer(String name, int min, int max) {
        Optional<String> raw = text(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(
                name,
                max == Integer.MAX_VALUE
                        ? "doit être un entier à partir de " + min
                        : "doit être un entier entre " + min + " et " + max);
        return Optional.empty();
    }

    /** A yes/no parameter ({@code true}/{@code false}, {@code 1}/{@code 0}); false when absent. */
    public boolean flag(String name) {
        Optional<String> raw = text(name);
        if (raw.isEmpty()) {
            return false;
        }
        switch (raw.get()) {
            case "true", "1" -> {
                return true;
            }
            case "false", "0" -> {
                return false;
            }
            default -> {
                problem(name, "doit valoir true ou false");
                return false;
            }
        }
    }

    /** The trimmed value of a parameter, absent when missing or blank. */
    public Optional<String> text(String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private LeadCriteria periodCriteria(LeadCriteria c, String period, Instant now) {
        Instant from =
                switch (period) {
                    case "today" ->
                            LocalDate.ofInstant(now, BUSINESS_ZONE)
                                    .atStartOfDay(BUSINESS_ZONE)
                                    .toInstant();
                    case "week" -> now.minus(7, ChronoUnit.DAYS);
                    case "month" -> now.minus(30, ChronoUnit.DAYS);
                    default -> null;
                };
        if (from == null) {
            problem("period", "période inconnue (today, week, month ou custom)");
            return c;
        }
        return c.between(from, null);
    }

    /** {@code departement} or {@code departements}: one code or a comma-separated list. */
    private List<String> departements() {
        Optional<String> raw = text("departements").or(() -> text("departement"));
        if (raw.isEmpty()) {
            return List.of();
        }
        String field = params.containsKey("departements") ? "departements" : "departement";
        List<String> codes = new ArrayList<>();
        for (String part : raw.get().split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                String code = Departement.of(part).code();
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            } catch (IllegalArgumentException e) {
                problem(field, "département inconnu : " + part.trim());
            }
        }
        if (codes.size() > MAX_DEPARTEMENTS) {
            problem(field, "trop de départements");
            return List.of();
        }
        return codes;
    }

    /**
     * A day (Paris) or an instant. A day as an upper bound means the end of that day: the day is
     * included (SPEC-seed §20: a date-only {@code date_to} excluded its own day).
     */
    private Optional<Instant> instant(String name, boolean upperBound) {
        Optional<String> raw = text(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String value = raw.get();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return Optional.of(
                        (upperBound ? day.plusDays(1) : day)
                                .atStartOfDay(BUSINESS_ZONE)
                                .toInstant());
            }
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            problem(name, "date invalide (AAAA-MM-JJ ou instant ISO 8601)");
            return Optional.empty();
        }
    }

    private void problem(String field, String reason) {
        problems.add(new FieldError(field, reason));
    }
}
