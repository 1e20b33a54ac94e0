package fr.enersolar.crm.application.leads;

import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which leads a staff list, export or statistic is about. Every part is optional; the parts that
 * are present must all hold. Times are a half-open range: {@code from} included, {@code to}
 * excluded.
 *
 * @param from received at or after this instant
 * @param to received before this instant
 * @param targetCrm routed to this buyer CRM ({@code target_crm_id})
 * @param product of this product
 * @param status with this delivery status ({@code api_status}: {@code success}, {@code
 *     invalid_phone}…)
 * @param form received through the form with this code
 * @param departements in one of these départements (codes as stored; empty = any)
 * @param search a phone, e-mail or name the staff typed
 */
public record LeadCriteria(
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<CrmId> targetCrm,
        Optional<ProductType> product,
        Optional<String> status,
        Optional<FormCode> form,
        List<String> departements,
        Optional<SearchTerm> search) {

    public LeadCriteria {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(targetCrm);
        Objects.requireNonNull(product);
        Objects.requireNonNull(status);
        Objects.requireNonNull(form);
        departements = List.copyOf(departements);
        Objects.requireNonNull(search);
    }

    /** Every lead. */
    public static LeadCriteria any() {
        return new LeadCriteria(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty());
    }

    /** True when nothing narrows the selection. */
    public boolean isAny() {
        return equals(any());
    }

    public LeadCriteria between(Instant newFrom, Instant newTo) {
        return new LeadCriteria(
                Optional.ofNullable(newFrom),
                Optional.ofNullable(newTo),
                targetCrm,
                product,
                status,
                form,
                departements,
                search);
    }

    public LeadCriteria routedTo(CrmId crm) {
        return new LeadCriteria(
                from, to, Optional.ofNullable(crm), product, status, form, departements, search);
    }

    public LeadCriteria withStatus(String newStatus) {
        return new LeadCriteria(
                from,
                to,
                targetCrm,
                product,
                Optional.ofNullable(newStatus),
                form,
                departements,
                search);
    }

    public LeadCriteria withProduct(ProductType newProduct) {
        return new LeadCriteria(
                from,
                to,
                targetCrm,
                Optional.ofNullable(newProduct),
                status,
                form,
                departements,
                search);
    }

    public LeadCriteria fromForm(FormCode code) {
        return new LeadCriteria(
                from,
                to,
                targetCrm,
                product,
                status,
                Optional.ofNullable(code),
                departements,
                search);
    }

    public LeadCriteria inDepartements(List<String> codes) {
        return new LeadCriteria(from, to, targetCrm, product, status, form, codes, search);
    }

    public LeadCriteria matching(SearchTerm term) {
        return new LeadCriteria(
                from,
                to,
                targetCrm,
                product,
                status,
                form,
                departements,
                Optional.ofNullable(term));
    }
}
