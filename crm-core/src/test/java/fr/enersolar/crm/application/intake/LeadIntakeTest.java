package fr.enersolar.crm.application.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.application.delivery.DeliveryHints;
import fr.enersolar.crm.application.routing.LeadRouting;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lead.FieldError;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.lead.OriginalLeads;
import fr.enersolar.crm.domain.model.lead.SubmissionGuard;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.tracking.TrackingEventType;
import fr.enersolar.crm.domain.model.tracking.Utm;
import fr.enersolar.crm.domain.model.tracking.VisitorSession;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionId;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionRepository;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class LeadIntakeTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject Validator validator;
    @Inject FormReferences formReferences;
    @Inject FormRepository forms;
    @Inject LeadRepository leads;
    @Inject SubmissionGuard guard;
    @Inject OriginalLeads originals;
    @Inject CrmConfig config;
    @Inject StoreIndexes indexes;
    @Inject VisitorSessionRepository sessions;
    @Inject LeadRouting routing;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final SubmissionContext context =
            new SubmissionContext("203.0.113.7", "Mozilla/5.0", "https://solaire.example/lp");
    private LeadIntake intake;
    private final DeliveryHints hints = new DeliveryHints();
    private Form pv;
    private Form pac;

    @BeforeEach
    void setUp() {
        CoreContainer.resetStore();
        indexes.ensure();
        intake = new LeadIntake();
        intake.validator = validator;
        intake.forms = formReferences;
        intake.leads = leads;
        intake.guard = guard;
        intake.originals = originals;
        intake.sessions = sessions;
        intake.config = config;
        intake.clock = clock;
        intake.routing = routing;
        intake.hints = hints;
        AccountId account = AccountId.generate();
        pv =
                new Form(
                        FormId.generate(),
                        forms.nextCode(ProductType.PV),
                        account,
                        "PV",
                        "https://x.example/pv",
                        clock.instant(),
                        null);
        pac =
                new Form(
                        FormId.generate(),
                        forms.nextCode(ProductType.PAC),
                        account,
                        "PAC",
                        "https://x.example/pac",
                        clock.instant(),
                        null);
        forms.store(pv);
        forms.store(pac);
    }

    private static LeadSubmission submission(JsonObject json) {
        return LeadSubmissionReader.read(json, json.toString());
    }

    /** A submission of this form reference, phone and postal code, with a name. */
    private static LeadSubmission submission(String form, String phone, String postalCode) {
        return submission(
                Json.createObjectBuilder()
                        .add("form_id", form)
                        .add("phone", phone)
                        .add("nom", "X")
                        .add("code_postal", postalCode)
                        .build());
    }

    private LeadSubmission valid(Form form) {
        return submission(
                Json.createObjectBuilder()
                        .add("form_id", form.code().value())
                        .add("phone", "06 12 34 56 79")
                        .add("nom", "Dupont")
                        .add("code_postal", "75011")
                        .add("utm_source", "google")
                        .add("page_url", "https://solaire.example/formulaire")
                        .build());
    }

    private Lead stored(IntakeOutcome outcome) {
        return leads.find(outcome.leadId()).orElseThrow();
    }

    @Test
    void storesAValidLeadAsPendingWithItsNormalisedPhoneAndDepartement() {
        IntakeOutcome outcome = intake.submit(valid(pv), context);

        assertThat(outcome.status()).isEqualTo(LeadStatus.PENDING);
        assertThat(outcome.accepted()).isTrue();
        Lead lead = stored(outcome);
        assertThat(lead.prospect().phone()).isEqualTo("0612345679");
        assertThat(lead.prospect().phoneE164()).isEqualTo("+33612345679");
        assertThat(lead.prospect().departement()).isEqualTo("75");
        assertThat(lead.status()).isEqualTo("pending");
        // Routed before its insert: its account has no CRM here, so it waits for a commande.
        assertThat(lead.apiStatus()).isEqualTo("pending_no_order");
        assertThat(lead.formCode()).contains(pv.code());
        assertThat(lead.productType()).contains(ProductType.PV);
        assertThat(lead.payload()).isEmpty();
    }

    @Test
    void keepsTheConsentEvidence() {
        Lead lead = stored(intake.submit(valid(pv), context));

        assertThat(lead.rgpdConsent()).isTrue();
        assertThat(lead.newsletter()).isFalse();
        assertThat(lead.ip()).isEqualTo("203.0.113.7");
        assertThat(lead.consent())
                .hasValueSatisfying(
                        c -> {
                            assertThat(c.textVersion()).isEqualTo("v1");
                            assertThat(c.at()).isEqualTo(clock.instant());
                            assertThat(c.userAgent()).isEqualTo("Mozilla/5.0");
                            assertThat(c.pageUrl()).isEqualTo("https://solaire.example/formulaire");
                        });
        assertThat(lead.lastTouch())
                .hasValueSatisfying(t -> assertThat(t.source()).isEqualTo("google"));
    }

    @Test
    void keepsTheSessionsFirstTouchAndThisSubmissionsAsTheLast() {
        VisitorSession session = VisitorSession.open(VisitorSessionId.generate(), clock.instant());
        session.record(
                TrackingEventType.LP_VISIT,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Utm.of("facebook", "cpc", "printemps", "", clock.instant()),
                clock.instant());
        sessions.store(session);
        clock.advance(Duration.ofMinutes(5));
        LeadSubmission s =
                submission(
                        Json.createObjectBuilder()
                                .add("form_id", pv.code().value())
                                .add("phone", "0612345679")
                                .add("nom", "X")
                                .add("code_postal", "75011")
                                .add("utm_source", "google")
                                .add("session_id", session.id().value())
                                .build());

        Lead lead = stored(intake.submit(s, context));

        assertThat(lead.sessionId()).isEqualTo(session.id().value());
        assertThat(lead.firstTouch())
                .hasValueSatisfying(t -> assertThat(t.source()).isEqualTo("facebook"));
        assertThat(lead.lastTouch())
                .hasValueSatisfying(t -> assertThat(t.source()).isEqualTo("google"));
    }

    @Test
    void startsTheTimelineWithReceptionValidationDuplicateAndRoutingDecisions() {
        Lead lead = stored(intake.submit(valid(pv), context));

        assertThat(lead.timeline())
                .extracting(TimelineEntry::type)
                .containsExactly("received", "validated", "duplicate", "routing");
        assertThat(lead.timeline().get(1).message()).isEqualTo("Valide");
    }

    @Test
    void storesAnInvalidPhoneWithItsReasonAndTheRawSubmission() {
        LeadSubmission s = submission(pv.code().value(), "0666666666", "75011");

        IntakeOutcome outcome = intake.submit(s, context);

        assertThat(outcome.status()).isEqualTo(LeadStatus.INVALID_PHONE);
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.errors())
                .containsExactly(new FieldError("phone", "Numéro invalide (répétition)"));
        Lead lead = stored(outcome);
        assertThat(lead.status()).isEqualTo("invalid_phone");
        assertThat(lead.prospect().phone()).isEqualTo("0666666666");
        assertThat(lead.payload()).hasValueSatisfying(p -> assertThat(p).contains("0666666666"));
    }

    @Test
    void namesEachMissingRequiredField() {
        LeadSubmission s =
                submission(
                        Json.createObjectBuilder()
                                .add("form_id", pv.code().value())
                                .add("phone", "0612345679")
                                .build());

        IntakeOutcome outcome = intake.submit(s, context);

        assertThat(outcome.status()).isEqualTo(LeadStatus.MISSING_REQUIRED);
        assertThat(outcome.errors())
                .containsExactlyInAnyOrder(
                        new FieldError("nom", "Champ obligatoire"),
                        new FieldError("departement", "Champ obligatoire"));
    }

    @Test
    void storesASubmissionForAnUnknownFormAsOrphan() {
        LeadSubmission s =
                submission(
                        Json.createObjectBuilder()
                                .add("form_id", "PV-999")
                                .add("phone", "0612345679")
                                .add("nom", "X")
                                .add("code_postal", "75011")
                                .build());

        IntakeOutcome outcome = intake.submit(s, context);

        assertThat(outcome.status()).isEqualTo(LeadStatus.ORPHAN);
        assertThat(outcome.errors()).contains(new FieldError("form_id", "Formulaire non trouvé"));
        assertThat(stored(outcome).submittedForm()).isEqualTo("PV-999");
    }

    @Test
    void findsTheFormByItsIdToo() {
        LeadSubmission s = submission(pv.id().value(), "0612345679", "75011");

        assertThat(intake.submit(s, context).status()).isEqualTo(LeadStatus.PENDING);
    }

    @Test
    void flagsOverseasAddressesAsOutOfArea() {
        LeadSubmission s = submission(pv.code().value(), "0612345679", "97400");

        IntakeOutcome outcome = intake.submit(s, context);

        assertThat(outcome.status()).isEqualTo(LeadStatus.OUT_OF_AREA);
        assertThat(stored(outcome).prospect().departement()).isEqualTo("974");
    }

    @Test
    void derivesCorsicanDepartementsFromThePostalCode() {
        LeadSubmission s = submission(pv.code().value(), "0612345679", "20200");

        assertThat(stored(intake.submit(s, context)).prospect().departement()).isEqualTo("2B");
    }

    @Test
    void reportsAnOperatorWhereATextIsExpectedAndStillStoresTheLead() {
        JsonObject json =
                Json.createObjectBuilder()
                        .add("form_id", pv.code().value())
                        .add("phone", Json.createObjectBuilder().add("$gt", ""))
                        .add("nom", "X")
                        .add("code_postal", "75011")
                        .build();

        IntakeOutcome outcome = intake.submit(submission(json), context);

        assertThat(outcome.status()).isEqualTo(LeadStatus.INVALID_PHONE);
        assertThat(outcome.errors())
                .contains(new FieldError("phone", "doit être une chaîne de caractères"));
        assertThat(stored(outcome).payload())
                .hasValueSatisfying(p -> assertThat(p).contains("$gt"));
    }

    @Test
    void returnsTheFirstLeadForTheSameFormAndPhoneWithinTenSeconds() {
        IntakeOutcome first = intake.submit(valid(pv), context);
        clock.advance(Duration.ofSeconds(9));

        IntakeOutcome second = intake.submit(valid(pv), context);

        assertThat(second.leadId()).isEqualTo(first.leadId());
        assertThat(second.resubmission()).isTrue();
        assertThat(leads.count()).isEqualTo(1);
    }

    @Test
    void marksALaterLeadOfTheSamePhoneAndProductAsAnInternalDuplicate() {
        IntakeOutcome first = intake.submit(valid(pv), context);
        clock.advance(Duration.ofDays(2));

        IntakeOutcome later = intake.submit(valid(pv), context);

        assertThat(later.leadId()).isNotEqualTo(first.leadId());
        assertThat(later.status()).isEqualTo(LeadStatus.INTERNAL_DUPLICATE);
        assertThat(later.accepted()).isTrue();
        assertThat(stored(later).duplicateOf()).contains(first.leadId());
        assertThat(leads.count()).isEqualTo(2);
    }

    @Test
    void aLeadAfterTheDuplicateWindowIsNewAgain() {
        intake.submit(valid(pv), context);
        clock.advance(Duration.ofDays(31));

        assertThat(intake.submit(valid(pv), context).status()).isEqualTo(LeadStatus.PENDING);
    }

    @Test
    void theSamePhoneForAnotherProductIsNotADuplicate() {
        intake.submit(valid(pv), context);
        clock.advance(Duration.ofMinutes(1));

        assertThat(intake.submit(valid(pac), context).status()).isEqualTo(LeadStatus.PENDING);
    }

    @Test
    void aFormMayRequireLessThanTheDefault() {
        pv.require(List.of(), clock.instant(), null);
        forms.store(pv);
        LeadSubmission s =
                submission(
                        Json.createObjectBuilder()
                                .add("form_id", pv.code().value())
                                .add("phone", "0612345679")
                                .build());

        assertThat(intake.submit(s, context).status()).isEqualTo(LeadStatus.PENDING);
    }

    @Test
    void twentyIdenticalSubmissionsAtOnceStoreOneLead() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<IntakeOutcome>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return intake.submit(valid(pv), context);
                                }));
            }
            start.countDown();
            Set<Object> ids = ConcurrentHashMap.newKeySet();
            for (Future<IntakeOutcome> r : results) {
                ids.add(r.get().leadId());
            }
            assertThat(ids).hasSize(1);
            assertThat(leads.count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A clock the test moves forward instead of waiting. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
