package fr.enersolar.crm.domain.service;

import static fr.enersolar.crm.domain.model.lead.CandidateReason.CRM_UNKNOWN;
import static fr.enersolar.crm.domain.model.lead.CandidateReason.TAKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.commande.Commande;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.lead.CandidateReason;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.lead.Prospect;
import fr.enersolar.crm.domain.model.lead.RoutingCandidate;
import fr.enersolar.crm.domain.model.lead.RoutingDecision;
import fr.enersolar.crm.domain.model.lead.RoutingDecision.Target;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouterTest {

    private static final Instant T0 = Instant.parse("2026-02-10T09:00:00Z");

    private static final CrmId ZR7 = new CrmId(uuid(0xA1));
    private static final CrmId MDL = new CrmId(uuid(0xA2));
    private static final CrmId ABC = new CrmId(uuid(0xA3));

    private final Router router = new Router();
    private final List<RoutingCrm> crms =
            new ArrayList<>(
                    List.of(
                            RoutingCrm.available(ZR7, new CrmSlug("zr7")),
                            RoutingCrm.available(MDL, new CrmSlug("mdl"))));
    private final List<Commande> commandes = new ArrayList<>();
    private final Map<CommandeId, CommandeUsage> usage = new HashMap<>();
    private int created;

    private static String uuid(int n) {
        return String.format("00000000-0000-4000-8000-%012x", n);
    }

    /**
     * A commande created one second after the previous one.
     *
     * @param product {@code PV}, {@code PAC}, {@code ITE} or {@code *}
     * @param departements comma-separated codes, or {@code *}
     */
    private Commande commande(CrmId crm, String product, String departements, long price) {
        created++;
        Commande c =
                new Commande(
                        new CommandeId(uuid(created)),
                        crm,
                        "*".equals(product)
                                ? Optional.empty()
                                : Optional.of(ProductType.parse(product)),
                        "*".equals(departements)
                                ? List.of()
                                : Arrays.stream(departements.split(","))
                                        .map(Departement::of)
                                        .toList(),
                        price,
                        T0.plusSeconds(created));
        commandes.add(c);
        return c;
    }

    private static Optional<Departement> dept(String code) {
        return code == null || code.isEmpty()
                ? Optional.empty()
                : Optional.of(Departement.of(code));
    }

    private RoutingRequest request(String product, String departement, boolean crossCrm) {
        return new RoutingRequest(
                ProductType.parse(product),
                dept(departement),
                ZR7,
                crossCrm,
                crms,
                commandes,
                usage);
    }

    private RoutingDecision decide(String product, String departement, boolean crossCrm) {
        return router.decide(request(product, departement, crossCrm));
    }

    /** "slug:reason" or "slug/commandeId:reason", in order: a compact view of the candidates. */
    private static List<String> trail(RoutingDecision decision) {
        return decision.candidates().stream().map(RouterTest::step).toList();
    }

    private static String step(RoutingCandidate c) {
        String who = c.slug().map(CrmSlug::value).orElse("?");
        return c.commande()
                        .map(id -> who + "/" + Integer.parseInt(id.value().substring(24), 16))
                        .orElse(who)
                + ":"
                + c.reason();
    }

    @Test
    void routesToTheAccountsCrmWhenItHasAMatchingCommande() {
        commande(ZR7, "PV", "75", 2500);
        commande(MDL, "PV", "*", 3000);

        RoutingDecision decision = decide("PV", "75", true);

        assertThat(decision.routed()).isTrue();
        assertThat(decision.status()).isEqualTo(LeadStatus.PENDING);
        assertThat(decision.routingReason()).isEqualTo("commande_zr7");
        Target target = decision.target().orElseThrow();
        assertThat(target.crm()).isEqualTo(ZR7);
        assertThat(target.commande()).isEqualTo(new CommandeId(uuid(1)));
        assertThat(target.unitPriceCents()).isEqualTo(2500);
        assertThat(target.crossCrm()).isFalse();
        assertThat(trail(decision)).containsExactly("zr7/1:taken", "mdl/2:not_chosen");
    }

    @Test
    void routesToAnotherCrmWhenTheAccountsCrmHasNoCommande() {
        commande(ZR7, "PAC", "*", 2000);
        commande(MDL, "PV", "*", 3000);

        RoutingDecision decision = decide("PV", "75", true);

        assertThat(decision.routingReason()).isEqualTo("cross_crm_mdl");
        assertThat(decision.target().orElseThrow().crossCrm()).isTrue();
        assertThat(decision.target().orElseThrow().unitPriceCents()).isEqualTo(3000);
        assertThat(trail(decision)).containsExactly("zr7:no_commande", "mdl/2:taken");
    }

    @Test
    void keepsTheLeadForTheAccountsCrmWhenTheFormForbidsCrossCrm() {
        commande(MDL, "PV", "*", 3000);

        RoutingDecision decision = decide("PV", "75", false);

        assertThat(decision.routed()).isFalse();
        assertThat(decision.status()).isEqualTo(LeadStatus.PENDING_NO_ORDER);
        assertThat(decision.routingReason()).isEqualTo("no_commande");
        assertThat(trail(decision)).containsExactly("zr7:no_commande", "mdl:cross_crm_not_allowed");
    }

    @Test
    void waitsForACommandeWhenNoneMatchesAnywhere() {
        commande(ZR7, "PV", "13", 2500);
        commande(MDL, "ITE", "*", 1500);

        RoutingDecision decision = decide("PV", "75", true);

        assertThat(decision.target()).isEmpty();
        assertThat(decision.status()).isEqualTo(LeadStatus.PENDING_NO_ORDER);
        assertThat(trail(decision)).containsExactly("zr7:no_commande", "mdl:no_commande");
    }

    @Test
    void considersEveryMatchingCommandeNotJustTheFirstOne() {
        // The seed looked at the first PV commande only ([75]) and refused a lead from 13.
        commande(ZR7, "PV", "75", 2500);
        commande(ZR7, "PV", "13", 2600);

        RoutingDecision decision = decide("PV", "13", false);

        assertThat(decision.target().orElseThrow().commande()).isEqualTo(new CommandeId(uuid(2)));
        assertThat(decision.target().orElseThrow().unitPriceCents()).isEqualTo(2600);
        assertThat(trail(decision)).containsExactly("zr7/2:taken", "mdl:cross_crm_not_allowed");
    }

    @ParameterizedTest(name = "commande {0}/{1} takes a {2} lead from ''{3}'': {4}")
    @CsvSource({
        "PV,  75,    PV,  75, true",
        "PV,  75,    PV,  69, false",
        "PV,  *,     PV,  69, true",
        "*,   75,    PAC, 75, true",
        "*,   *,     ITE, 2A, true",
        "PAC, *,     PV,  75, false",
        "PAC, 75,    PV,  75, false",
        "PV,  '2A,2B', PV, 2B, true",
        "PV,  75,    PV,  '', false",
        "PV,  *,     PV,  '', true",
        "*,   *,     PV,  '', true",
    })
    void matchesOnProductOrStarAndDepartementOrStar(
            String product,
            String departements,
            String leadProduct,
            String leadDept,
            boolean routed) {
        commande(ZR7, product, departements, 1000);

        RoutingDecision decision = decide(leadProduct, leadDept, false);

        assertThat(decision.routed()).isEqualTo(routed);
        assertThat(trail(decision).get(0)).isEqualTo(routed ? "zr7/1:taken" : "zr7:no_commande");
    }

    @ParameterizedTest(name = "active={0} caps {1}/{2} used {3}/{4}: {5}")
    @CsvSource({
        "true,  ,   ,   100, 1000, TAKEN",
        "false, ,   ,   0,   0,    COMMANDE_INACTIVE",
        "false, 10, 50, 10,  50,   COMMANDE_INACTIVE",
        "true,  10, ,   9,   9,    TAKEN",
        "true,  10, ,   10,  10,   CAP_DAY_REACHED",
        "true,  10, ,   11,  30,   CAP_DAY_REACHED",
        "true,  ,   50, 49,  49,   TAKEN",
        "true,  ,   50, 0,   50,   CAP_WEEK_REACHED",
        "true,  10, 50, 10,  49,   CAP_DAY_REACHED",
        "true,  10, 50, 9,   50,   CAP_WEEK_REACHED",
        "true,  10, 50, 10,  50,   CAP_WEEK_REACHED",
        "true,  1,  1,  0,   0,    TAKEN",
    })
    void skipsACommandeThatIsSuspendedOrFull(
            boolean active,
            Integer capPerDay,
            Integer capPerWeek,
            long usedToday,
            long usedThisWeek,
            CandidateReason expected) {
        Commande c = commande(ZR7, "PV", "*", 1000);
        c.cap(optional(capPerDay), optional(capPerWeek), T0);
        if (!active) {
            c.suspend(T0);
        }
        usage.put(c.id(), new CommandeUsage(usedToday, usedThisWeek));

        RoutingDecision decision = decide("PV", "75", false);

        assertThat(decision.candidates().get(0).why()).isEqualTo(expected);
        assertThat(decision.routed()).isEqualTo(expected == TAKEN);
    }

    private static OptionalInt optional(Integer cap) {
        return cap == null ? OptionalInt.empty() : OptionalInt.of(cap);
    }

    @Test
    void aCommandeWithoutUsageHasTakenNothing() {
        Commande c = commande(ZR7, "PV", "*", 1000);
        c.cap(OptionalInt.of(1), OptionalInt.of(1), T0);

        assertThat(decide("PV", "75", false).routed()).isTrue();
    }

    @Test
    void overflowsFromAFullSpecificCommandeToAWiderOneOfTheSameCrm() {
        Commande specific = commande(ZR7, "PV", "75", 3000);
        specific.cap(OptionalInt.of(5), OptionalInt.empty(), T0);
        usage.put(specific.id(), new CommandeUsage(5, 12));
        commande(ZR7, "*", "*", 1000);

        RoutingDecision decision = decide("PV", "75", true);

        assertThat(decision.routingReason()).isEqualTo("commande_zr7");
        assertThat(decision.target().orElseThrow().unitPriceCents()).isEqualTo(1000);
        assertThat(trail(decision))
                .containsExactly("zr7/1:cap_day_reached", "zr7/2:taken", "mdl:no_commande");
    }

    @Test
    void overflowsToTheNextCrmWhenTheAccountsCommandesAreFull() {
        Commande home = commande(ZR7, "PV", "*", 2500);
        home.cap(OptionalInt.empty(), OptionalInt.of(100), T0);
        usage.put(home.id(), new CommandeUsage(3, 100));
        commande(MDL, "PV", "75", 2700);

        RoutingDecision decision = decide("PV", "75", true);

        assertThat(decision.routingReason()).isEqualTo("cross_crm_mdl");
        assertThat(trail(decision)).containsExactly("zr7/1:cap_week_reached", "mdl/2:taken");
    }

    @Test
    void waitsWhenEveryMatchingCommandeIsFullOrSuspended() {
        Commande full = commande(ZR7, "PV", "*", 2500);
        full.cap(OptionalInt.of(1), OptionalInt.empty(), T0);
        usage.put(full.id(), new CommandeUsage(1, 1));
        commande(MDL, "PV", "*", 2500).suspend(T0);

        RoutingDecision decision = decide("PV", "75", true);

        assertThat(decision.status()).isEqualTo(LeadStatus.PENDING_NO_ORDER);
        assertThat(trail(decision))
                .containsExactly("zr7/1:cap_day_reached", "mdl/2:commande_inactive");
    }

    @Test
    void triesTheMostSpecificCommandeFirstWhateverItsAgeOrPrice() {
        // Created from the widest to the most specific, so age alone would pick the wrong one.
        commande(ZR7, "*", "*", 0);
        commande(ZR7, "*", "75", 1500);
        commande(ZR7, "PV", "*", 4000);
        commande(ZR7, "PV", "75,92", 3000);

        RoutingDecision decision = decide("PV", "75", false);

        assertThat(decision.target().orElseThrow().unitPriceCents()).isEqualTo(3000);
        assertThat(trail(decision))
                .containsExactly(
                        "zr7/4:taken",
                        "zr7/3:not_chosen",
                        "zr7/2:not_chosen",
                        "zr7/1:not_chosen",
                        "mdl:cross_crm_not_allowed");
    }

    @ParameterizedTest(name = "with {0}: the price frozen is {1}")
    @CsvSource({
        "'PV/75, PV/*, */75, */*', 3000",
        "'PV/*, */75, */*',        4000",
        "'*/75, */*',              1500",
        "'*/*',                    0",
    })
    void specificityOrderIsNamedProductThenListedDepartements(String present, long price) {
        Map<String, Long> prices = Map.of("PV/75", 3000L, "PV/*", 4000L, "*/75", 1500L, "*/*", 0L);
        for (String key : List.of("*/*", "*/75", "PV/*", "PV/75")) {
            if (Arrays.stream(present.split(",")).map(String::trim).toList().contains(key)) {
                String[] parts = key.split("/");
                commande(ZR7, parts[0], parts[1], prices.get(key));
            }
        }

        assertThat(decide("PV", "75", false).target().orElseThrow().unitPriceCents())
                .isEqualTo(price);
    }

    @Test
    void amongEquallySpecificCommandesTheOldestTakesTheLead() {
        commande(ZR7, "PV", "75", 2000);
        commande(ZR7, "PV", "75,92", 3500);

        RoutingDecision decision = decide("PV", "75", false);

        assertThat(decision.target().orElseThrow().commande()).isEqualTo(new CommandeId(uuid(1)));
        assertThat(trail(decision)).startsWith("zr7/1:taken", "zr7/2:not_chosen");
    }

    @Test
    void commandesCreatedAtTheSameInstantAreOrderedById() {
        Instant same = T0;
        Commande b =
                new Commande(
                        new CommandeId(uuid(0xB)),
                        ZR7,
                        Optional.of(ProductType.PV),
                        List.of(),
                        200,
                        same);
        Commande a =
                new Commande(
                        new CommandeId(uuid(0xA)),
                        ZR7,
                        Optional.of(ProductType.PV),
                        List.of(),
                        100,
                        same);
        commandes.addAll(List.of(b, a));

        assertThat(decide("PV", "75", false).target().orElseThrow().commande()).isEqualTo(a.id());
    }

    @Test
    void triesTheOtherCrmsBySlugWhateverOrderTheyComeIn() {
        crms.add(RoutingCrm.available(ABC, new CrmSlug("abc")));
        Collections.reverse(crms); // abc, mdl, zr7
        commande(MDL, "PV", "*", 3000);
        commande(ABC, "PV", "*", 1000);

        RoutingDecision decision = decide("PV", "75", true);

        assertThat(decision.routingReason()).isEqualTo("cross_crm_abc");
        assertThat(trail(decision))
                .containsExactly("zr7:no_commande", "abc/2:taken", "mdl/1:not_chosen");
    }

    @Test
    void theDecisionDoesNotDependOnTheOrderOfItsInputs() {
        crms.add(RoutingCrm.available(ABC, new CrmSlug("abc")));
        Commande full = commande(ZR7, "PV", "75", 2500);
        full.cap(OptionalInt.of(2), OptionalInt.empty(), T0);
        usage.put(full.id(), new CommandeUsage(2, 2));
        commande(ZR7, "PV", "*", 2000).suspend(T0);
        commande(MDL, "*", "*", 900);
        commande(MDL, "PV", "75", 1900);
        commande(ABC, "PV", "75", 1200);
        commande(ABC, "PAC", "75", 1200);
        RoutingDecision reference = decide("PV", "75", true);

        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(crms, random);
            Collections.shuffle(commandes, random);
            assertThat(decide("PV", "75", true)).isEqualTo(reference);
        }
        assertThat(trail(reference))
                .containsExactly(
                        "zr7/1:cap_day_reached",
                        "zr7/2:commande_inactive",
                        "abc/5:taken",
                        "mdl/4:not_chosen",
                        "mdl/3:not_chosen");
    }

    @Test
    void candidatesAfterTheTakenOneKeepTheirRealReason() {
        crms.add(RoutingCrm.available(ABC, new CrmSlug("abc")));
        commande(ZR7, "PV", "*", 2500);
        Commande full = commande(MDL, "PV", "*", 3000);
        full.cap(OptionalInt.of(1), OptionalInt.empty(), T0);
        usage.put(full.id(), new CommandeUsage(1, 1));
        commande(MDL, "*", "*", 800);

        RoutingDecision decision = decide("PV", "75", true);

        assertThat(trail(decision))
                .containsExactly(
                        "zr7/1:taken",
                        "abc:no_commande",
                        "mdl/2:cap_day_reached",
                        "mdl/3:not_chosen");
    }

    @ParameterizedTest(name = "active={0} key={1}: {2}")
    @CsvSource({
        "false, true,  crm_inactive",
        "true,  false, no_api_key",
        "false, false, crm_inactive",
    })
    void skipsTheAccountsCrmWhenItCannotTakeLeads(boolean active, boolean key, String reason) {
        crms.set(0, new RoutingCrm(ZR7, new CrmSlug("zr7"), active, key));
        commande(ZR7, "PV", "*", 2500);
        commande(MDL, "PV", "*", 3000);

        RoutingDecision decision = decide("PV", "75", true);

        assertThat(decision.routingReason()).isEqualTo("cross_crm_mdl");
        assertThat(trail(decision)).containsExactly("zr7:" + reason, "mdl/2:taken");
    }

    @Test
    void skipsAnotherCrmThatIsInactiveOrHasNoKey() {
        crms.set(1, new RoutingCrm(MDL, new CrmSlug("mdl"), false, true));
        crms.add(new RoutingCrm(ABC, new CrmSlug("abc"), true, false));
        commande(MDL, "PV", "*", 3000);
        commande(ABC, "PV", "*", 3000);

        RoutingDecision decision = decide("PV", "75", true);

        assertThat(decision.routed()).isFalse();
        assertThat(trail(decision))
                .containsExactly("zr7:no_commande", "abc:no_api_key", "mdl:crm_inactive");
    }

    @Test
    void aForbiddenCrossCrmIsTheReasonGivenForEveryOtherCrm() {
        crms.set(1, new RoutingCrm(MDL, new CrmSlug("mdl"), false, false));
        commande(ZR7, "PV", "*", 2500);

        assertThat(trail(decide("PV", "75", false)))
                .containsExactly("zr7/1:taken", "mdl:cross_crm_not_allowed");
    }

    @Test
    void reportsAnAccountCrmThatNoLongerExistsAndTriesTheOthers() {
        crms.remove(0);
        commande(ZR7, "PV", "*", 2500);
        commande(MDL, "PV", "*", 3000);

        RoutingDecision decision = decide("PV", "75", true);

        assertThat(decision.routingReason()).isEqualTo("cross_crm_mdl");
        assertThat(decision.candidates().get(0).crm()).isEqualTo(ZR7);
        assertThat(decision.candidates().get(0).why()).isEqualTo(CRM_UNKNOWN);
        assertThat(trail(decision)).containsExactly("?:crm_unknown", "mdl/2:taken");
    }

    @Test
    void ignoresCommandesOfCrmsItWasNotGiven() {
        commande(ABC, "PV", "*", 9900);

        RoutingDecision decision = decide("PV", "75", true);

        assertThat(decision.routed()).isFalse();
        assertThat(trail(decision)).containsExactly("zr7:no_commande", "mdl:no_commande");
    }

    @Test
    void aCrmListedTwiceIsConsideredOnce() {
        crms.add(RoutingCrm.available(MDL, new CrmSlug("mdl")));
        commande(MDL, "PV", "*", 3000);

        assertThat(trail(decide("PV", "75", true)))
                .containsExactly("zr7:no_commande", "mdl/1:taken");
    }

    @Test
    void withNoCrmAtAllTheLeadWaits() {
        crms.clear();

        RoutingDecision decision = decide("PV", "75", true);

        assertThat(decision.status()).isEqualTo(LeadStatus.PENDING_NO_ORDER);
        assertThat(decision.candidates())
                .extracting(RoutingCandidate::why)
                .containsExactly(CRM_UNKNOWN);
    }

    @Test
    void buildsTheRequestFromTheLeadsOwnFacts() {
        Lead lead =
                new Lead(
                        LeadId.generate(),
                        new Prospect(
                                "0612345678",
                                "+33612345678",
                                "M.",
                                "Martin",
                                "Paul",
                                "",
                                "13001",
                                "13",
                                "Marseille",
                                ""),
                        null,
                        null,
                        true,
                        false,
                        "203.0.113.1",
                        T0);
        lead.cameThrough(
                FormId.generate(),
                new FormCode("PAC-001"),
                AccountId.generate(),
                ProductType.PAC,
                false);

        RoutingRequest request = RoutingRequest.forLead(lead, ZR7, crms, commandes, usage);

        assertThat(request.product()).isEqualTo(ProductType.PAC);
        assertThat(request.departement()).hasValue(Departement.of("13"));
        assertThat(request.crossCrmAllowed()).isFalse();
        assertThat(request.homeCrm()).isEqualTo(ZR7);
    }

    @Test
    void refusesToRouteALeadWithoutProduct() {
        Lead orphan =
                new Lead(
                        LeadId.generate(),
                        new Prospect("0612345678", "", "", "", "", "", "", "", "", ""),
                        null,
                        null,
                        true,
                        false,
                        "",
                        T0);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> RoutingRequest.forLead(orphan, ZR7, crms, commandes, usage))
                .withMessageContaining("no product");
    }
}
