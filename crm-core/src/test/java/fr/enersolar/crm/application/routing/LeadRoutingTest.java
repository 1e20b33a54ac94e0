package fr.enersolar.crm.application.routing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
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
import fr.enersolar.crm.domain.model.lead.CandidateReason;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.Prospect;
import fr.enersolar.crm.domain.model.lead.RoutingCandidate;
import fr.enersolar.crm.domain.model.lead.RoutingDecision;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import fr.enersolar.crm.testing.CoreContainer;
import fr.enersolar.crm.testing.InProcessMongo;
import fr.enersolar.crm.testing.ScriptedConnector;
import fr.enersolar.crm.testing.TestConnectors;
import fr.enersolar.crm.testing.TestPartnerKeys;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routing with the store's reference data: keys, connectors, caps counted from routed leads. */
@EnableWeld
class LeadRoutingTest {

    @WeldSetup
    WeldInitiator weld =
            WeldInitiator.from(
                            WeldInitiator.createWeld()
                                    .enableDiscovery()
                                    .addBeanClasses(TestConnectors.class, TestPartnerKeys.class))
                    .build();

    static {
        InProcessMongo.start();
    }

    @Inject fr.enersolar.crm.application.catalogue.PartnerKeys formKeys;
    @Inject LeadRouting routing;
    @Inject CrmRepository crms;
    @Inject AccountRepository accounts;
    @Inject FormRepository forms;
    @Inject CommandeRepository commandes;
    @Inject LeadRepository leads;
    @Inject TestConnectors connectors;
    @Inject TestPartnerKeys keys;
    @Inject StoreIndexes indexes;

    private final Instant now = Instant.parse("2026-11-24T10:00:00Z");
    private Crm home;
    private Crm other;
    private Form form;

    @BeforeEach
    void setUp() {
        CoreContainer.resetStore();
        indexes.ensure();
        home = new Crm(CrmId.generate(), "MDL", new CrmSlug("mdl"), "http://mdl.test/", now);
        other = new Crm(CrmId.generate(), "ZR7", new CrmSlug("zr7"), "http://zr7.test/", now);
        crms.store(home);
        crms.store(other);
        connectors.register(home.id(), new ScriptedConnector());
        connectors.register(other.id(), new ScriptedConnector());
        Account account = new Account(AccountId.generate(), "Compte", home.id(), now, null);
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
        form.useSealedCrmApiKey(formKeys.seal("home-key-123456"), now, null);
        forms.store(form);
    }

    private Lead lead() {
        Lead lead =
                new Lead(
                        LeadId.generate(),
                        new Prospect(
                                "0612345678",
                                "+33612345678",
                                "",
                                "X",
                                "",
                                "",
                                "75011",
                                "75",
                                "",
                                ""),
                        null,
                        null,
                        true,
                        false,
                        "",
                        now);
        lead.cameThrough(form.id(), form.code(), form.account(), ProductType.PV, true);
        return lead;
    }

    private Commande commande(Crm crm, OptionalInt perDay) {
        Commande c =
                new Commande(
                        CommandeId.generate(), crm.id(), Optional.empty(), List.of(), 900, now);
        c.cap(perDay, OptionalInt.empty(), now);
        commandes.store(c);
        return c;
    }

    @Test
    void theAccountsCrmTakesTheLeadWithTheFormsKey() {
        commande(home, OptionalInt.empty());
        Lead lead = lead();

        RoutingDecision decision = routing.route(lead, form, now);

        assertThat(decision.routed()).isTrue();
        assertThat(lead.targetCrm()).contains(home.id());
        assertThat(lead.crossCrm()).isFalse();
        assertThat(routing.keyFor(lead, Optional.of(form))).contains("home-key-123456");
    }

    @Test
    void anotherCrmWithoutARedistributionKeyIsSkippedWithNoApiKey() {
        commande(other, OptionalInt.empty());
        Lead lead = lead();

        RoutingDecision decision = routing.route(lead, form, now);

        assertThat(decision.routed()).isFalse();
        assertThat(lead.apiStatus()).isEqualTo("pending_no_order");
        assertThat(decision.candidates())
                .extracting(RoutingCandidate::why)
                .contains(CandidateReason.NO_API_KEY);
    }

    @Test
    void aKeySetJustAfterALeadWasSkippedForLackOfItCountsForTheNextLead() {
        commande(other, OptionalInt.empty());
        Lead first = lead();
        routing.route(first, form, now);
        assertThat(first.apiStatus()).isEqualTo("pending_no_order");

        keys.set(other.id(), ProductType.PV, "redistribution-key-9876");
        Lead next = lead();
        routing.route(next, form, now);

        assertThat(next.targetCrm()).contains(other.id());
    }

    @Test
    void aCrossCrmLeadGoesWithTheRedistributionKey() {
        commande(other, OptionalInt.empty());
        keys.set(other.id(), ProductType.PV, "redistribution-key-9876");
        Lead lead = lead();

        routing.route(lead, form, now);

        assertThat(lead.targetCrm()).contains(other.id());
        assertThat(lead.crossCrm()).isTrue();
        assertThat(lead.routingReason()).isEqualTo("cross_crm_zr7");
        assertThat(routing.keyFor(lead, Optional.of(form))).contains("redistribution-key-9876");
    }

    @Test
    void aCommandeAtItsDailyCapOverflowsToTheNextCrm() {
        commande(home, OptionalInt.of(1));
        commande(other, OptionalInt.empty());
        keys.set(other.id(), ProductType.PV, "redistribution-key-9876");
        Lead first = lead();
        routing.route(first, form, now);
        leads.store(first);

        Lead second = lead();
        RoutingDecision decision = routing.route(second, form, now.plusSeconds(60));

        assertThat(first.targetCrm()).contains(home.id());
        assertThat(second.targetCrm()).contains(other.id());
        assertThat(decision.candidates())
                .extracting(RoutingCandidate::why)
                .contains(CandidateReason.CAP_DAY_REACHED);
    }

    @Test
    void concurrentRoutingsNeverTakeMoreThanADailyCap() throws Exception {
        Commande capped = commande(home, OptionalInt.of(5));
        routeConcurrently(capped, 5, CandidateReason.CAP_DAY_REACHED);
    }

    @Test
    void concurrentRoutingsNeverTakeMoreThanAWeeklyCap() throws Exception {
        Commande capped =
                new Commande(
                        CommandeId.generate(), home.id(), Optional.empty(), List.of(), 900, now);
        capped.cap(OptionalInt.empty(), OptionalInt.of(4), now);
        commandes.store(capped);
        routeConcurrently(capped, 4, CandidateReason.CAP_WEEK_REACHED);
    }

    /** 8 threads route 10 leads each at once; exactly {@code cap} go to the capped commande. */
    private void routeConcurrently(Commande capped, int cap, CandidateReason reached)
            throws Exception {
        commande(other, OptionalInt.empty());
        keys.set(other.id(), ProductType.PV, "redistribution-key-9876");
        int threads = 8;
        int each = 10;
        java.util.concurrent.ExecutorService pool =
                java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<List<Lead>>> done = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(
                    pool.submit(
                            () -> {
                                start.await();
                                List<Lead> routed = new java.util.ArrayList<>();
                                for (int i = 0; i < each; i++) {
                                    Lead lead = lead();
                                    routing.route(lead, form, now);
                                    leads.store(lead);
                                    routed.add(lead);
                                }
                                return routed;
                            }));
        }
        start.countDown();
        List<Lead> all = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<List<Lead>> f : done) {
            all.addAll(f.get(2, java.util.concurrent.TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(all).hasSize(threads * each).allMatch(l -> l.targetCrm().isPresent());
        assertThat(all).filteredOn(l -> l.commande().equals(Optional.of(capped.id()))).hasSize(cap);
        assertThat(all)
                .filteredOn(l -> l.targetCrm().equals(Optional.of(other.id())))
                .hasSize(threads * each - cap);
        // The next routing, once the leads are stored, sees the cap reached too.
        RoutingDecision next = routing.decide(lead(), form, now.plusSeconds(60));
        assertThat(next.target().orElseThrow().crm()).isEqualTo(other.id());
        assertThat(next.candidates()).extracting(RoutingCandidate::why).contains(reached);
    }

    @Test
    void aStaffRetryOfALeadAlreadyOnACappedCommandeTakesNoSecondUnit() {
        Commande capped = commande(home, OptionalInt.of(2));
        Lead first = lead();
        routing.route(first, form, now);
        leads.store(first);

        // Routed again the same day (a staff retry): it keeps its unit and its commande.
        routing.route(first, form, now.plusSeconds(60));
        leads.store(first);
        assertThat(first.commande()).contains(capped.id());

        // So the second unit is still there for another lead, and then the cap is reached.
        Lead second = lead();
        routing.route(second, form, now.plusSeconds(120));
        leads.store(second);
        assertThat(second.commande()).contains(capped.id());
        assertThat(routing.decide(lead(), form, now.plusSeconds(180)).routed()).isFalse();
    }

    @Test
    void aCrmWithoutAConnectorIsInactive() {
        Crm third = new Crm(CrmId.generate(), "X", new CrmSlug("aaa"), "http://x.test/", now);
        crms.store(third);
        commande(third, OptionalInt.empty());
        keys.set(third.id(), ProductType.PV, "redistribution-key-1111");

        RoutingDecision decision = routing.decide(lead(), form, now);

        assertThat(decision.routed()).isFalse();
        assertThat(decision.candidates())
                .filteredOn(c -> c.crm().equals(third.id()))
                .extracting(RoutingCandidate::why)
                .containsExactly(CandidateReason.CRM_INACTIVE);
    }

    @Test
    void forceSendRestrictsRoutingToTheChosenCrm() {
        commande(home, OptionalInt.empty());
        commande(other, OptionalInt.empty());
        keys.set(other.id(), ProductType.PV, "redistribution-key-9876");
        Lead lead = lead();

        RoutingDecision decision = routing.decideFor(lead, form, other.id(), now).orElseThrow();

        assertThat(decision.target().orElseThrow().crm()).isEqualTo(other.id());
        assertThat(decision.candidates()).allMatch(c -> c.crm().equals(other.id()));
        assertThat(routing.decideFor(lead, form, CrmId.generate(), now)).isEmpty();
    }
}
