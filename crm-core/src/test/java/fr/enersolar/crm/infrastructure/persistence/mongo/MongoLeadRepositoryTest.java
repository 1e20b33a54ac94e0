package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.model.Filters;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.lead.Attribution;
import fr.enersolar.crm.domain.model.lead.CandidateReason;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.lead.Projet;
import fr.enersolar.crm.domain.model.lead.Prospect;
import fr.enersolar.crm.domain.model.lead.RoutingCandidate;
import fr.enersolar.crm.domain.model.lead.RoutingDecision;
import fr.enersolar.crm.domain.model.lead.RoutingDecision.Target;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoLeadRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject LeadRepository leads;
    @Inject MongoStore store;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    private static Prospect prospect(String phone) {
        return new Prospect(
                phone,
                "+33" + phone.substring(1),
                "Mme",
                "Durand",
                "Claire",
                "c@d.fr",
                "20090",
                "2A",
                "Ajaccio",
                "1 rue A");
    }

    private Lead lead(Instant at) {
        return new Lead(
                LeadId.generate(),
                prospect("0612345678"),
                null,
                null,
                true,
                false,
                "203.0.113.9",
                at);
    }

    private Document raw(Lead lead) {
        return store.database()
                .getCollection("leads")
                .find(Filters.eq("_id", lead.id().value()))
                .first();
    }

    @Test
    void storesEveryFieldFlatUnderTheSeedsFrenchNames() {
        Projet projet =
                new Projet(
                        "maison",
                        "proprietaire",
                        "120",
                        "1990",
                        "fioul",
                        "150",
                        "200",
                        "pv",
                        "3 mois",
                        "15000");
        Attribution attribution =
                new Attribution("LP-004", "LP-004_PAC-002", "lp", "google", "cpc", "ete");
        Lead lead =
                new Lead(
                        LeadId.generate(),
                        prospect("0612345678"),
                        projet,
                        attribution,
                        true,
                        true,
                        "203.0.113.9",
                        now);
        FormId form = FormId.generate();
        AccountId account = AccountId.generate();
        CrmId crm = CrmId.generate();
        lead.cameThrough(form, new FormCode("PAC-002"), account, ProductType.PAC, false);
        lead.diagnose("valid");
        lead.routeTo(crm, new CrmSlug("zr7"), "commande_zr7", 2550);
        lead.answered("success", "{\"message\":\"ok\"}", now.plusSeconds(1));

        leads.store(lead);

        Document doc = raw(lead);
        assertThat(doc)
                .containsEntry("phone", "0612345678")
                .containsEntry("phone_e164", "+33612345678")
                .containsEntry("nom", "Durand")
                .containsEntry("prenom", "Claire")
                .containsEntry("civilite", "Mme")
                .containsEntry("code_postal", "20090")
                .containsEntry("departement", "2A")
                .containsEntry("type_logement", "maison")
                .containsEntry("surface_habitable", "120")
                .containsEntry("budget", "15000")
                .containsEntry("lp_code", "LP-004")
                .containsEntry("liaison_code", "LP-004_PAC-002")
                .containsEntry("utm_campaign", "ete")
                .containsEntry("rgpd_consent", true)
                .containsEntry("newsletter", true)
                .containsEntry("form_code", "PAC-002")
                .containsEntry("product_type", "PAC")
                .containsEntry("target_crm_slug", "zr7")
                .containsEntry("routing_reason", "commande_zr7")
                .containsEntry("allow_cross_crm", false)
                .containsEntry("prix_unitaire", 2550L)
                .containsEntry("api_status", "success")
                .containsEntry("sent_to_crm", true)
                .containsEntry("register_date", now.getEpochSecond())
                .doesNotContainKeys("prospect", "projet", "attribution");
        assertThat(doc.get("created_at")).isEqualTo(Date.from(now));

        Lead found = leads.find(lead.id()).orElseThrow();
        assertThat(found.prospect()).isEqualTo(lead.prospect());
        assertThat(found.projet()).isEqualTo(projet);
        assertThat(found.attribution()).isEqualTo(attribution);
        assertThat(found.form()).hasValue(form);
        assertThat(found.account()).hasValue(account);
        assertThat(found.productType()).hasValue(ProductType.PAC);
        assertThat(found.departement()).hasValue(Departement.of("2A"));
        assertThat(found.targetCrm()).hasValue(crm);
        assertThat(found.unitPriceCents()).isEqualTo(2550);
        assertThat(found.sentAt()).hasValue(now.plusSeconds(1));
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(found.status()).isEqualTo("valid");
    }

    @Test
    void keepsAnOrphanLeadWithAnInvalidDepartement() {
        Lead lead =
                new Lead(
                        LeadId.generate(),
                        new Prospect("12", null, null, null, null, null, "99999", "99", null, null),
                        null,
                        null,
                        false,
                        false,
                        null,
                        now);
        lead.diagnose("orphan");
        lead.leaveUnrouted("no_crm");

        leads.store(lead);

        Lead found = leads.find(lead.id()).orElseThrow();
        assertThat(found.form()).isEmpty();
        assertThat(found.formCode()).isEmpty();
        assertThat(found.productType()).isEmpty();
        assertThat(found.departement()).isEmpty();
        assertThat(found.prospect().departement()).isEqualTo("99");
        assertThat(found.apiStatus()).isEqualTo("no_crm");
        assertThat(found.projet()).isEqualTo(Projet.unknown());
    }

    @Test
    void countsLeadsReceivedSinceAnInstant() {
        leads.store(lead(now.minus(2, ChronoUnit.DAYS)));
        leads.store(lead(now.minusSeconds(1)));
        leads.store(lead(now));

        assertThat(leads.countSince(now.minusSeconds(1))).isEqualTo(2);
        assertThat(leads.countSince(now.plusMillis(1))).isZero();
        assertThat(leads.count()).isEqualTo(3);
    }

    @Test
    void countsLeadsByStatusInTheStore() {
        Lead a = lead(now);
        a.diagnose("invalid_phone");
        Lead b = lead(now);
        b.diagnose("invalid_phone");
        b.queue("crm_error", now);
        Lead c = lead(now);
        leads.store(a);
        leads.store(b);
        leads.store(c);

        assertThat(leads.countByStatus())
                .containsOnly(entry("invalid_phone", 2L), entry("received", 1L));
        assertThat(leads.countByApiStatus())
                .containsOnly(entry("pending", 2L), entry("queued", 1L));
    }

    @Test
    void listsTheMostRecentLeadsFirst() {
        Lead old = lead(now.minusSeconds(60));
        Lead recent = lead(now);
        leads.store(old);
        leads.store(recent);

        assertThat(leads.recent(0, 1)).extracting(Lead::id).containsExactly(recent.id());
        assertThat(leads.recent(1, 1)).extracting(Lead::id).containsExactly(old.id());
    }

    @Test
    void countsRetriesAndKeepsTheFirstDeliveryTime() {
        Lead lead = lead(now);
        lead.answered("server_error", "503", now);
        lead.retried(now.plusSeconds(10), "nightly_verification");
        lead.answered("duplicate", "doublon", now.plusSeconds(10));
        leads.store(lead);

        Lead found = leads.find(lead.id()).orElseThrow();
        assertThat(found.retryCount()).isEqualTo(1);
        assertThat(found.retriedBy()).isEqualTo("nightly_verification");
        assertThat(found.sentToCrm()).isTrue();
        assertThat(found.sentAt()).hasValue(now.plusSeconds(10));
    }

    private RoutingDecision routedToMdl(CrmId zr7, CrmId mdl, CommandeId taken, CommandeId full) {
        return new RoutingDecision(
                List.of(
                        RoutingCandidate.crmSkipped(
                                zr7, new CrmSlug("zr7"), CandidateReason.NO_COMMANDE),
                        RoutingCandidate.of(
                                mdl, new CrmSlug("mdl"), full, CandidateReason.CAP_DAY_REACHED),
                        RoutingCandidate.of(mdl, new CrmSlug("mdl"), taken, CandidateReason.TAKEN)),
                Optional.of(new Target(mdl, new CrmSlug("mdl"), taken, 2700, true)));
    }

    @Test
    void storesTheRoutingDecisionUnderSnakeCaseKeys() {
        CrmId zr7 = CrmId.generate();
        CrmId mdl = CrmId.generate();
        CommandeId taken = CommandeId.generate();
        CommandeId full = CommandeId.generate();
        Lead lead = lead(now);
        RoutingDecision decision = routedToMdl(zr7, mdl, taken, full);
        lead.route(decision, now.plusSeconds(1));
        leads.store(lead);

        Document doc = raw(lead);
        assertThat(doc)
                .containsEntry("api_status", "pending")
                .containsEntry("target_crm_id", mdl.value())
                .containsEntry("target_crm_slug", "mdl")
                .containsEntry("commande_id", taken.value())
                .containsEntry("cross_crm", true)
                .containsEntry("prix_unitaire", 2700L)
                .containsEntry("routing_reason", "cross_crm_mdl")
                .containsEntry("routed_at", Date.from(now.plusSeconds(1)))
                .containsEntry("next_attempt_at", Date.from(now.plusSeconds(1)))
                .containsEntry("delivery_attempts", 0);
        assertThat(doc.getList("routing_candidates", Document.class))
                .extracting(
                        d -> d.get("crm_slug"),
                        d -> d.get("commande_id"),
                        d -> d.get("taken"),
                        d -> d.get("reason"))
                .containsExactly(
                        tuple("zr7", null, false, "no_commande"),
                        tuple("mdl", full.value(), false, "cap_day_reached"),
                        tuple("mdl", taken.value(), true, "taken"));
        assertThat(doc.getList("routing_candidates", Document.class).get(0))
                .containsEntry("crm_id", zr7.value());

        Lead found = leads.find(lead.id()).orElseThrow();
        assertThat(found.routingCandidates()).isEqualTo(decision.candidates());
        assertThat(found.commande()).hasValue(taken);
        assertThat(found.crossCrm()).isTrue();
        assertThat(found.routedAt()).hasValue(now.plusSeconds(1));
        assertThat(found.nextAttemptAt()).hasValue(now.plusSeconds(1));
        assertThat(found.deliveryStatus()).hasValue(LeadStatus.PENDING);
        assertThat(found.timeline()).extracting(TimelineEntry::type).contains("routing");
    }

    @Test
    void storesTheDeliveryStateAndTheLease() {
        Lead lead = lead(now);
        lead.route(
                routedToMdl(
                        CrmId.generate(),
                        CrmId.generate(),
                        CommandeId.generate(),
                        CommandeId.generate()),
                now);
        lead.recordAttempt(
                LeadStatus.QUEUED,
                Optional.of(now.plusSeconds(60)),
                "HTTP 503",
                now.plusSeconds(1),
                "Tentative 1");
        lead.lease("worker-7", now.plusSeconds(90));
        leads.store(lead);

        assertThat(raw(lead))
                .containsEntry("api_status", "queued")
                .containsEntry("delivery_attempts", 1)
                .containsEntry("last_attempt_at", Date.from(now.plusSeconds(1)))
                .containsEntry("next_attempt_at", Date.from(now.plusSeconds(60)))
                .containsEntry("lease_owner", "worker-7")
                .containsEntry("lease_until", Date.from(now.plusSeconds(90)));

        Lead found = leads.find(lead.id()).orElseThrow();
        assertThat(found.deliveryAttempts()).isEqualTo(1);
        assertThat(found.lastAttemptAt()).hasValue(now.plusSeconds(1));
        assertThat(found.leaseOwner()).hasValue("worker-7");
        assertThat(found.leaseUntil()).hasValue(now.plusSeconds(90));
        assertThat(found.deliveryStatus()).hasValue(LeadStatus.QUEUED);

        found.recordAttempt(
                LeadStatus.SENT, Optional.empty(), "{}", now.plusSeconds(61), "Tentative 2");
        leads.store(found);
        Lead sent = leads.find(lead.id()).orElseThrow();
        assertThat(sent.leaseOwner()).isEmpty();
        assertThat(sent.nextAttemptAt()).isEmpty();
        assertThat(sent.sentToCrm()).isTrue();
        assertThat(raw(lead)).containsEntry("api_status", "success");
    }

    @Test
    void anUnroutedLeadStoresItsCandidatesAndWaitsForACommande() {
        CrmId zr7 = CrmId.generate();
        Lead lead = lead(now);
        lead.route(
                new RoutingDecision(
                        List.of(
                                RoutingCandidate.crmSkipped(
                                        zr7, new CrmSlug("zr7"), CandidateReason.NO_COMMANDE)),
                        Optional.empty()),
                now);
        leads.store(lead);

        assertThat(raw(lead))
                .containsEntry("api_status", "pending_no_order")
                .containsEntry("routing_reason", "no_commande")
                .containsEntry("cross_crm", false);
        Lead found = leads.find(lead.id()).orElseThrow();
        assertThat(found.deliveryStatus()).hasValue(LeadStatus.PENDING_NO_ORDER);
        assertThat(found.targetCrm()).isEmpty();
        assertThat(found.commande()).isEmpty();
        assertThat(found.nextAttemptAt()).isEmpty();
        assertThat(found.routingCandidates()).hasSize(1);
        assertThat(found.routingCandidates().get(0).commande()).isEmpty();
    }

    @Test
    void aLeadStoredBeforeRoutingFieldsExistedReadsAsNeverRouted() {
        Lead lead = lead(now);
        leads.store(lead);

        Lead found = leads.find(lead.id()).orElseThrow();
        assertThat(found.routingCandidates()).isEmpty();
        assertThat(found.commande()).isEmpty();
        assertThat(found.routedAt()).isEmpty();
        assertThat(found.deliveryAttempts()).isZero();
        assertThat(found.leaseOwner()).isEmpty();
        assertThat(found.nextAttemptAt()).isEmpty();
    }
}
