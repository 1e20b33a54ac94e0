package fr.enersolar.crm.application.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.application.connectors.ConnectorRegistry;
import fr.enersolar.crm.application.intake.FormReferences;
import fr.enersolar.crm.application.intake.IntakeOutcome;
import fr.enersolar.crm.application.intake.LeadIntake;
import fr.enersolar.crm.application.intake.LeadSubmissionReader;
import fr.enersolar.crm.application.intake.SubmissionContext;
import fr.enersolar.crm.application.routing.LeadRouting;
import fr.enersolar.crm.connector.spi.DeliveryResult.Outcome;
import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.activity.Actor;
import fr.enersolar.crm.domain.model.commande.Commande;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.commande.CommandeRepository;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.domain.service.BackoffSchedule;
import fr.enersolar.crm.domain.service.CircuitBreaker;
import fr.enersolar.crm.domain.service.DeliveryPolicy;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import fr.enersolar.crm.infrastructure.config.RuleSettings;
import fr.enersolar.crm.infrastructure.persistence.mongo.MongoDeliveryQueue;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import fr.enersolar.crm.testing.CoreContainer;
import fr.enersolar.crm.testing.InProcessMongo;
import fr.enersolar.crm.testing.ScriptedConnector;
import fr.enersolar.crm.testing.TestClock;
import fr.enersolar.crm.testing.TestConnectors;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routing at intake and the delivery outbox on the in-process store: each response class, the
 * backoff, the lease (expired leases reclaimed, a late writer loses), concurrent workers, the
 * circuit breaker, and the staff actions.
 */
@EnableWeld
class DeliveryOutboxTest {

    static final String KEY = "form-key-" + Long.toHexString(System.nanoTime());

    @WeldSetup WeldInitiator weld = initiator();

    static WeldInitiator initiator() {
        InProcessMongo.start();
        return WeldInitiator.from(
                        WeldInitiator.createWeld()
                                .enableDiscovery()
                                .addBeanClasses(TestConnectors.class))
                .build();
    }

    @Inject fr.enersolar.crm.application.catalogue.PartnerKeys formKeys;
    @Inject LeadIntake intake;
    @Inject LeadRepository leads;
    @Inject CrmRepository crms;
    @Inject AccountRepository accounts;
    @Inject FormRepository forms;
    @Inject CommandeRepository commandes;
    @Inject MongoDeliveryQueue queue;
    @Inject Instance<ConnectorRegistry> registry;
    @Inject TestConnectors connectors;
    @Inject LeadRouting routing;
    @Inject FormReferences formReferences;
    @Inject RuleSettings rules;
    @Inject CrmConfig config;
    @Inject StoreIndexes indexes;
    @Inject DeliveryActions actions;
    @Inject DeliveryHints hints;

    private final TestClock clock =
            new TestClock(
                    Instant.now()
                            .plusSeconds(3600)
                            .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    private final ScriptedConnector partner = new ScriptedConnector();
    private DeliveryWorker worker;
    private DeliveryBreakers breakers;
    private Crm zr7;
    private Form form;
    private int phones;

    @BeforeEach
    void setUp() {
        CoreContainer.resetStore();
        indexes.ensure();
        Instant now = Instant.now();
        zr7 = new Crm(CrmId.generate(), "ZR7", new CrmSlug("zr7"), "http://zr7.test/", now);
        crms.store(zr7);
        Account account = new Account(AccountId.generate(), "Compte", zr7.id(), now, null);
        accounts.store(account);
        form =
                new Form(
                        FormId.generate(),
                        forms.nextCode(ProductType.PV),
                        account.id(),
                        "PV",
                        "https://x.example/pv",
                        now,
                        null);
        form.useSealedCrmApiKey(formKeys.seal(KEY), now, null);
        forms.store(form);
        commandes.store(
                new Commande(
                        CommandeId.generate(),
                        zr7.id(),
                        Optional.empty(),
                        List.of(),
                        1500,
                        now.minusSeconds(60)));
        connectors.register(zr7.id(), partner);
        breakers = new DeliveryBreakers();
        breakers.rules = rules;
        breakers.clock = clock;
        worker = new DeliveryWorker();
        worker.queue = queue;
        worker.registry = registry;
        worker.routing = routing;
        worker.forms = formReferences;
        worker.breakers = breakers;
        worker.rules = rules;
        worker.config = config;
        worker.clock = clock;
        worker.policy = new DeliveryPolicy(BackoffSchedule.parse("1s,2s"));
    }

    private LeadId submit() {
        String phone = "061" + (1000000 + phones++);
        JsonObject json =
                Json.createObjectBuilder()
                        .add("form_id", form.code().value())
                        .add("phone", phone)
                        .add("nom", "Dupont")
                        .add("code_postal", "75011")
                        .build();
        IntakeOutcome outcome =
                intake.submit(
                        LeadSubmissionReader.read(json, json.toString()),
                        new SubmissionContext("203.0.113.7", "test", ""));
        return outcome.leadId();
    }

    private Lead lead(LeadId id) {
        return leads.find(id).orElseThrow();
    }

    private static TimelineEntry last(Lead lead) {
        return lead.timeline().get(lead.timeline().size() - 1);
    }

    @Test
    void intakeStoresTheLeadRoutedAndDueInOneWrite() {
        Lead lead = lead(submit());

        assertThat(lead.apiStatus()).isEqualTo("pending");
        assertThat(lead.targetCrm()).contains(zr7.id());
        assertThat(lead.routingReason()).isEqualTo("commande_zr7");
        assertThat(lead.unitPriceCents()).isEqualTo(1500);
        assertThat(lead.nextAttemptAt()).isPresent();
        assertThat(lead.routingCandidates()).hasSize(1);
        assertThat(lead.timeline()).extracting(TimelineEntry::type).contains("routing");
    }

    @Test
    void anAcceptedLeadIsDeliveredOnceWithItsAttemptOnTheTimelineKeyMasked() {
        LeadId id = submit();

        assertThat(worker.deliverOne("w1")).isTrue();
        assertThat(worker.deliverOne("w1")).isFalse();

        Lead lead = lead(id);
        assertThat(lead.apiStatus()).isEqualTo("success");
        assertThat(lead.sentToCrm()).isTrue();
        assertThat(lead.deliveryAttempts()).isEqualTo(1);
        assertThat(lead.leaseOwner()).isEmpty();
        assertThat(partner.sendsOf(id.value())).isEqualTo(1);
        assertThat(partner.keys()).containsExactly(KEY);
        TimelineEntry attempt = last(lead);
        assertThat(attempt.type()).isEqualTo("delivery_attempt");
        assertThat(attempt.message())
                .contains("Tentative 1/3 vers zr7", "HTTP 201", "Requête", "Réponse")
                .contains(Secrets.masked(KEY))
                .doesNotContain(KEY);
    }

    @Test
    void aLeadTakenInIsHandedToTheWorkersWhoClaimItByIdAlone() {
        hints.listen(() -> {}); // as the started workers do
        LeadId id = submit();
        assertThat(hints.size()).as("hints after one lead taken in").isEqualTo(1);

        assertThat(worker.deliverHinted("w")).isTrue();
        assertThat(partner.sendsOf(id.value())).isEqualTo(1);
        assertThat(lead(id).apiStatus()).isEqualTo("success");
        assertThat(hints.size()).isZero();

        // A due lead without a hint: a hinted worker does not look for it; the poll's worker does.
        LeadId unhinted = submit();
        assertThat(hints.poll()).contains(unhinted.value());
        assertThat(worker.deliverHinted("w")).isFalse();
        assertThat(partner.sendsOf(unhinted.value())).isZero();
        assertThat(worker.deliverOne("w")).isTrue();
        assertThat(partner.sendsOf(unhinted.value())).isEqualTo(1);

        // A hint for a lead already delivered is skipped: the claim is still the store's.
        hints.offer(id);
        assertThat(worker.deliverHinted("w")).isFalse();
        assertThat(partner.sendsOf(id.value())).isEqualTo(1);
    }

    @Test
    void withoutWorkersListeningNothingIsHinted() {
        submit();
        assertThat(hints.size()).isZero();
    }

    @Test
    void aLeadTheIntakeCouldNotAcceptIsNotHinted() {
        hints.listen(() -> {});
        JsonObject json =
                Json.createObjectBuilder()
                        .add("form_id", form.code().value())
                        .add("phone", "0123")
                        .add("nom", "Dupont")
                        .add("code_postal", "75011")
                        .build();
        intake.submit(
                LeadSubmissionReader.read(json, json.toString()),
                new SubmissionContext("203.0.113.7", "test", ""));
        assertThat(hints.size()).isZero();
    }

    /**
     * An idle server spaces its looks for due leads: after a look that found nothing (here one that
     * takes 200 ms, as a query reading many stored leads does), the next waits nine times as long.
     * Without that, the looks ran back to back, a poll interval (200 ms) apart.
     */
    @Test
    void anIdleServerSpacesItsLooksForDueLeads() throws Exception {
        List<Long> looks = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch threeLooks = new java.util.concurrent.CountDownLatch(3);
        DeliveryWorker slowEmptyLook =
                new DeliveryWorker() {
                    @Override
                    public boolean deliverOne(String owner) {
                        looks.add(System.nanoTime());
                        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
                        while (System.nanoTime() < until) {
                            Thread.onSpinWait(); // the query's work, not a wait for another thread
                        }
                        threeLooks.countDown();
                        return false;
                    }

                    @Override
                    public Duration lease() {
                        return Duration.ofSeconds(60);
                    }
                };
        DeliveryWorkers idle = new DeliveryWorkers();
        idle.worker = slowEmptyLook;
        idle.hints = new DeliveryHints();
        idle.config = config;
        java.util.concurrent.ScheduledExecutorService scheduler =
                Executors.newScheduledThreadPool(1);
        try {
            idle.start(scheduler, Executors.defaultThreadFactory());
            assertThat(threeLooks.await(30, TimeUnit.SECONDS)).as("three looks made").isTrue();
        } finally {
            idle.stop();
            scheduler.shutdownNow();
        }
        long firstToThird = looks.get(2) - looks.get(0);
        assertThat(TimeUnit.NANOSECONDS.toMillis(firstToThird))
                .as("ms from the first idle look to the third")
                .isGreaterThanOrEqualTo(2 * (200 + DeliveryWorkers.IDLE_LOOK_SHARE * 200));
    }

    @Test
    void duplicateRejectedAndAuthErrorsAreFinal() {
        partner.answer(Outcome.DUPLICATE);
        LeadId duplicate = submit();
        worker.deliverOne("w");
        partner.answer(Outcome.REJECTED);
        LeadId rejected = submit();
        worker.deliverOne("w");
        partner.answer(Outcome.AUTH_FAILED);
        LeadId refused = submit();
        worker.deliverOne("w");

        assertThat(lead(duplicate).apiStatus()).isEqualTo("duplicate");
        assertThat(lead(duplicate).sentToCrm()).isTrue();
        assertThat(lead(rejected).apiStatus()).isEqualTo("validation_error");
        assertThat(lead(refused).apiStatus()).isEqualTo("auth_error");
        clock.advance(Duration.ofHours(3));
        assertThat(worker.deliverOne("w")).isFalse();
        assertThat(partner.totalSends()).isEqualTo(3);
    }

    @Test
    void retryableFailuresFollowTheBackoffThenTheLeadFails() {
        partner.answer(Outcome.RETRYABLE);
        LeadId id = submit();

        assertThat(worker.deliverOne("w")).isTrue();
        Lead first = lead(id);
        assertThat(first.apiStatus()).isEqualTo("queued");
        assertThat(first.nextAttemptAt()).contains(clock.instant().plusSeconds(1));
        assertThat(worker.deliverOne("w")).as("not due before its delay").isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.deliverOne("w")).isTrue();
        assertThat(lead(id).nextAttemptAt()).contains(clock.instant().plusSeconds(2));
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.deliverOne("w")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.deliverOne("w")).isTrue();

        Lead last = lead(id);
        assertThat(last.apiStatus()).isEqualTo("failed");
        assertThat(last.deliveryAttempts()).isEqualTo(3);
        assertThat(last.nextAttemptAt()).isEmpty();
        assertThat(partner.sendsOf(id.value())).isEqualTo(3);
    }

    @Test
    void anExpiredLeaseIsReclaimedAndTheDeadWorkersLateWriteIsRefused() {
        LeadId id = submit();
        Instant now = clock.instant();
        Lead held = queue.claimDue("dead", now, now.plusSeconds(5)).orElseThrow();
        assertThat(held.leaseOwner()).contains("dead");

        assertThat(worker.deliverOne("live")).as("leased to another").isFalse();
        clock.advance(Duration.ofSeconds(6));
        assertThat(worker.deliverOne("live")).isTrue();

        held.recordAttempt(
                fr.enersolar.crm.domain.model.lead.LeadStatus.FAILED,
                Optional.empty(),
                "late",
                clock.instant(),
                "late write");
        assertThat(queue.saveIfLeased(held, "dead")).isFalse();
        assertThat(lead(id).apiStatus()).isEqualTo("success");
        assertThat(partner.sendsOf(id.value())).isEqualTo(1);
    }

    @Test
    void concurrentWorkersNeverSendALeadTwice() throws Exception {
        List<LeadId> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(submit());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                String owner = "w" + w;
                runs.add(
                        pool.submit(
                                () -> {
                                    while (worker.deliverOne(owner)) {
                                        // drain
                                    }
                                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (LeadId id : ids) {
            assertThat(partner.sendsOf(id.value())).as("sends of %s", id).isEqualTo(1);
            assertThat(lead(id).apiStatus()).isEqualTo("success");
        }
    }

    @Test
    void anOpenBreakerPostponesLeadsWithoutCountingAnAttempt() {
        partner.answer(Outcome.RETRYABLE);
        for (int i = 0; i < CircuitBreaker.DEFAULT_THRESHOLD; i++) {
            submit();
            worker.deliverOne("w");
        }
        assertThat(breakers.of(new CrmSlug("zr7")).state()).isEqualTo(CircuitBreaker.State.OPEN);
        LeadId paused = submit();

        assertThat(worker.deliverOne("w")).isTrue();

        Lead lead = lead(paused);
        assertThat(lead.apiStatus()).isEqualTo("pending");
        assertThat(lead.deliveryAttempts()).isZero();
        assertThat(lead.nextAttemptAt()).contains(breakers.of(new CrmSlug("zr7")).retryAt().get());
        assertThat(partner.sendsOf(paused.value())).isZero();
    }

    @Test
    void staffRetryRequeuesAFailedLeadAndResetPutsFailedLeadsBack() {
        partner.answer(Outcome.REJECTED);
        LeadId rejected = submit();
        worker.deliverOne("w");
        Actor actor = new Actor(UserId.generate(), "admin@example.test", "Admin");

        DeliveryActions.Result retried = actions.retry(rejected, actor, "203.0.113.9");

        assertThat(retried.outcome()).isEqualTo(DeliveryActions.Outcome.QUEUED);
        Lead lead = lead(rejected);
        assertThat(lead.apiStatus()).isEqualTo("pending");
        assertThat(lead.retryCount()).isEqualTo(1);
        partner.answer(Outcome.ACCEPTED);
        clock.advance(Duration.ofSeconds(5));
        assertThat(worker.deliverOne("w")).isTrue();
        assertThat(lead(rejected).apiStatus()).isEqualTo("success");
        assertThat(actions.retry(rejected, actor, "").outcome())
                .as("a delivered lead is not sent again")
                .isEqualTo(DeliveryActions.Outcome.NOT_RETRYABLE);
        assertThat(actions.retry(LeadId.generate(), actor, "").outcome())
                .isEqualTo(DeliveryActions.Outcome.LEAD_NOT_FOUND);

        partner.answer(Outcome.RETRYABLE);
        LeadId failing = submit();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(3));
            worker.deliverOne("w");
        }
        assertThat(lead(failing).apiStatus()).isEqualTo("failed");
        assertThat(actions.resetFailed(actor, "")).isEqualTo(1);
        assertThat(lead(failing).apiStatus()).isEqualTo("pending");
        assertThat(lead(failing).deliveryAttempts()).isZero();
        assertThat(actions.stats().byStatus()).containsEntry("pending", 1L);
    }

    @Test
    void aWaitingLeadIsRoutedWhenACommandeAppearsAndHandedToStaffAfterTheWait() {
        Instant now = Instant.now();
        Crm mdl = new Crm(CrmId.generate(), "MDL", new CrmSlug("mdl"), "http://mdl.test/", now);
        crms.store(mdl);
        connectors.register(mdl.id(), partner);
        Account account = new Account(AccountId.generate(), "Autre", mdl.id(), now, null);
        accounts.store(account);
        form =
                new Form(
                        FormId.generate(),
                        forms.nextCode(ProductType.PV),
                        account.id(),
                        "PV",
                        "https://x.example/pv2",
                        now,
                        null);
        form.useSealedCrmApiKey(formKeys.seal(KEY), now, null);
        form.allowCrossCrm(false, now, null);
        forms.store(form);
        LeadId waiting = submit();
        LeadId late = submit();
        assertThat(lead(waiting).apiStatus()).isEqualTo("pending_no_order");
        NoOrderReview review = new NoOrderReview();
        review.queue = queue;
        review.routing = routing;
        review.forms = formReferences;
        review.rules = rules;
        review.clock = java.time.Clock.systemUTC();
        assertThat(review.review()).isZero();

        commandes.store(
                new Commande(
                        CommandeId.generate(),
                        mdl.id(),
                        Optional.empty(),
                        List.of(),
                        700,
                        now.minusSeconds(60)));
        Instant deadline = Instant.now().plusSeconds(15);
        int moved = 0;
        while (moved < 2 && Instant.now().isBefore(deadline)) {
            // routing keeps commandes a few seconds, and the cache may turn between the two leads
            moved += review.review();
        }

        assertThat(moved).isEqualTo(2);
        assertThat(lead(waiting).apiStatus()).isEqualTo("pending");
        assertThat(lead(waiting).targetCrm()).contains(mdl.id());

        Lead old = lead(late);
        old.route(
                new fr.enersolar.crm.domain.model.lead.RoutingDecision(List.of(), Optional.empty()),
                now);
        leads.store(old);
        review.clock = new TestClock(now.plus(Duration.ofDays(9)));
        assertThat(review.review()).isEqualTo(1);
        assertThat(lead(late).apiStatus()).isEqualTo("pending_manual");
    }
}
