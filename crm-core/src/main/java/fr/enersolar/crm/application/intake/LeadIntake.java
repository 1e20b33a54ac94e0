package fr.enersolar.crm.application.intake;

import fr.enersolar.crm.application.delivery.DeliveryHints;
import fr.enersolar.crm.application.routing.LeadRouting;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.lead.Attribution;
import fr.enersolar.crm.domain.model.lead.Consent;
import fr.enersolar.crm.domain.model.lead.FieldError;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.lead.OriginalLeads;
import fr.enersolar.crm.domain.model.lead.Projet;
import fr.enersolar.crm.domain.model.lead.Prospect;
import fr.enersolar.crm.domain.model.lead.SubmissionGuard;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.domain.model.tracking.Utm;
import fr.enersolar.crm.domain.model.tracking.VisitorSession;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionId;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionRepository;
import fr.enersolar.crm.domain.service.FrenchPhones;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes a lead in: validates and normalises it, decides whether it repeats an earlier one, and
 * stores it with its diagnosis and its first timeline entries. Every submission is stored, valid or
 * not; nothing here calls a partner (delivery reads the stored leads).
 */
@ApplicationScoped
public class LeadIntake {

    private static final Logger LOG = Logger.getLogger(LeadIntake.class.getName());

    /** How long a repeated submission waits for the first one's lead to be stored. */
    private static final Duration FIRST_LEAD_WAIT = Duration.ofSeconds(3);

    /** Validates the submissions: see {@link #useValidator}. */
    Validator validator;

    @Inject FormReferences forms;
    @Inject LeadRepository leads;
    @Inject SubmissionGuard guard;
    @Inject OriginalLeads originals;
    @Inject VisitorSessionRepository sessions;
    @Inject CrmConfig config;
    @Inject Clock clock;
    @Inject LeadRouting routing;
    @Inject DeliveryHints hints;

    /**
     * The container's validation, without its JPA traversable resolver: a submission is no entity,
     * yet that resolver asked the persistence providers whether each of its fields was loaded, at
     * every validation (a third of the validation's cost).
     */
    @Inject
    void useValidator(ValidatorFactory factory) {
        validator = factory.usingContext().traversableResolver(EVERY_PROPERTY).getValidator();
    }

    /** Every property is validated; none is cascaded into (the submission has no nested beans). */
    private static final TraversableResolver EVERY_PROPERTY =
            new TraversableResolver() {
                @Override
                public boolean isReachable(
                        Object bean,
                        Path.Node property,
                        Class<?> rootBeanType,
                        Path pathToProperty,
                        ElementType elementType) {
                    return true;
                }

                @Override
                public boolean isCascadable(
                        Object bean,
                        Path.Node property,
                        Class<?> rootBeanType,
                        Path pathToProperty,
                        ElementType elementType) {
                    return true;
                }
            };

    /** Stores the submission as a lead and says what became of it. */
    public IntakeOutcome submit(LeadSubmission submission, SubmissionContext context) {
        Instant now = clock.instant();
        Diagnosis diagnosis = Diagnosis.of(submission, validator, forms);
        LeadId id = LeadId.generate();
        Optional<Form> form = diagnosis.form();
        Optional<FrenchPhones.Valid> phone = diagnosis.phone();
        if (form.isPresent() && phone.isPresent()) {
            Optional<IntakeOutcome> repeated = repeatedSubmission(form.get(), phone.get(), id, now);
            if (repeated.isPresent()) {
                return repeated.get();
            }
        }
        Lead lead = newLead(id, submission, context, diagnosis, now);
        LeadStatus status = diagnosis.status();
        if (status == LeadStatus.PENDING) {
            Optional<LeadId> original =
                    originals.claim(
                            phone.orElseThrow().e164(),
                            form.orElseThrow().productType(),
                            id,
                            now,
                            Duration.ofDays(duplicateWindowDays()));
            if (original.isPresent()) {
                status = LeadStatus.INTERNAL_DUPLICATE;
                lead.repeatOf(original.get());
                lead.log(
                        new TimelineEntry(
                                now,
                                "duplicate",
                                "Doublon interne du lead " + original.get().value()));
            } else {
                lead.log(new TimelineEntry(now, "duplicate", "Aucun doublon"));
            }
        }
        lead.conclude(status, diagnosis.errors());
        if (status == LeadStatus.PENDING) {
            route(lead, form.orElseThrow(), now);
        }
        try {
            leads.add(lead);
        } catch (RuntimeException e) {
            if (form.isPresent() && phone.isPresent()) {
                guard.release(form.get().id(), phone.get().e164(), id);
                if (status == LeadStatus.PENDING) {
                    originals.release(phone.get().e164(), form.get().productType(), id);
                }
            }
            throw e;
        }
        if (lead.deliveryStatus().filter(LeadStatus::awaitsDelivery).isPresent()
                && lead.nextAttemptAt().filter(at -> !at.isAfter(now)).isPresent()) {
            hints.offer(id); // due now: a delivery worker of this server takes it at once
        }
        return new IntakeOutcome(id, status, diagnosis.errors(), lead.duplicateOf(), false);
    }

    /**
     * Routes the lead before its single insert, so it is stored with its decision and first due
     * time. Should routing fail (the store unreachable for a moment), the lead is stored {@code
     * pending} and due now without a target: the first delivery worker to claim it routes it.
     */
    private void route(Lead lead, Form form, Instant now) {
        try {
            routing.route(lead, form, now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Routing of " + lead.id() + " deferred to delivery", e);
            lead.postponeDelivery(now);
        }
    }

    /**
     * When the same form and phone were submitted seconds ago, the first lead answers for this
     * submission. Waits briefly for that lead to be stored (both may be in flight); when it never
     * is, the first submission failed, and this one takes its place.
     */
    private Optional<IntakeOutcome> repeatedSubmission(
            Form form, FrenchPhones.Valid phone, LeadId candidate, Instant now) {
        Duration window =
                Duration.ofSeconds(config.intValue(ConfigKey.INTAKE_DOUBLE_SUBMIT_SECONDS));
        Optional<LeadId> first = guard.claim(form.id(), phone.e164(), candidate, now, window);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        long deadline = System.nanoTime() + FIRST_LEAD_WAIT.toNanos();
        do {
            Optional<Lead> stored = leads.find(first.get());
            if (stored.isPresent()) {
                Lead lead = stored.get();
                LeadStatus status = LeadStatus.fromWire(lead.status());
                return Optional.of(
                        new IntakeOutcome(
                                lead.id(), status, lead.errors(), lead.duplicateOf(), true));
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        } while (System.nanoTime() < deadline);
        guard.takeOver(form.id(), phone.e164(), candidate, now);
        return Optional.empty();
    }

    private Lead newLead(
            LeadId id,
            LeadSubmission s,
            SubmissionContext context,
            Diagnosis diagnosis,
            Instant now) {
        Optional<FrenchPhones.Valid> phone = diagnosis.phone();
        Prospect prospect =
                new Prospect(
                        phone.map(FrenchPhones.Valid::national).orElse(s.phone()),
                        phone.map(FrenchPhones.Valid::e164).orElse(""),
                        s.civilite(),
                        s.nom(),
                        s.prenom(),
                        s.email(),
                        s.codePostal(),
                        diagnosis.departement().map(d -> d.code()).orElse(s.departement()),
                        s.ville(),
                        s.adresse());
        Projet projet =
                new Projet(
                        s.typeLogement(),
                        s.statutOccupant(),
                        s.surfaceHabitable(),
                        s.anneeConstruction(),
                        s.typeChauffage(),
                        s.factureElectricite(),
                        s.factureChauffage(),
                        s.typeProjet(),
                        s.delaiProjet(),
                        s.budget());
        Attribution attribution =
                new Attribution(
                        s.lpCode(),
                        s.liaisonCode(),
                        s.source().isEmpty() ? s.utmSource() : s.source(),
                        s.utmSource(),
                        s.utmMedium(),
                        s.utmCampaign());
        Lead lead =
                new Lead(
                        id,
                        prospect,
                        projet,
                        attribution,
                        s.rgpdConsent(),
                        s.newsletter(),
                        context.ip(),
                        now);
        lead.submittedFor(s.formId());
        diagnosis
                .form()
                .ifPresent(
                        f ->
                                lead.cameThrough(
                                        f.id(),
                                        f.code(),
                                        f.account(),
                                        f.productType(),
                                        f.allowsCrossCrm()));
        String page = s.pageUrl().isEmpty() ? context.referer() : s.pageUrl();
        lead.consented(
                new Consent(
                        diagnosis.form().map(Form::consentTextVersion).orElse(""),
                        now,
                        context.userAgent(),
                        page));
        attribute(lead, s, context, now);
        if (!diagnosis.errors().isEmpty()) {
            lead.keepPayload(s.rawJson());
        }
        lead.log(
                new TimelineEntry(
                        now,
                        "received",
                        "Reçu du formulaire "
                                + (s.formId().isEmpty() ? "(aucun)" : s.formId())
                                + (context.ip().isEmpty() ? "" : " depuis " + context.ip())));
        lead.log(new TimelineEntry(now, "validated", diagnosis.summary()));
        return lead;
    }

    /**
     * First and last campaign touch: the visitor session's first touch when the form script sent
     * its session, and the campaign parameters of this submission (else the session's last touch).
     */
    private void attribute(Lead lead, LeadSubmission s, SubmissionContext context, Instant now) {
        Optional<Utm> submitted =
                Utm.of(s.utmSource(), s.utmMedium(), s.utmCampaign(), context.referer(), now);
        Optional<VisitorSession> session =
                VisitorSessionId.parse(s.sessionId()).flatMap(sessions::find);
        Utm first = session.flatMap(VisitorSession::firstTouch).or(() -> submitted).orElse(null);
        Utm last = submitted.or(() -> session.flatMap(VisitorSession::lastTouch)).orElse(null);
        lead.touched(s.sessionId(), first, last);
    }

    private int duplicateWindowDays() {
        return config.intValue(ConfigKey.INTAKE_DUPLICATE_WINDOW_DAYS);
    }

    /** Field errors from Bean Validation, named as the JSON fields. */
    static List<FieldError> violations(Validator validator, LeadSubmission submission) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<LeadSubmission> v : validator.validate(submission)) {
            errors.add(new FieldError(jsonName(v.getPropertyPath().toString()), v.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(FieldError::field));
        return errors;
    }

    /** {@code codePostal} → {@code code_postal}. */
    static String jsonName(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
