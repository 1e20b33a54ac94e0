package fr.enersolar.crm.domain.model.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.lead.RoutingDecision.Target;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingDecisionTest {

    private final CrmId zr7 = CrmId.generate();
    private final CrmId mdl = CrmId.generate();
    private final CommandeId commande = new CommandeId("00000000-0000-4000-8000-000000000001");
    private final CommandeId other = new CommandeId("00000000-0000-4000-8000-000000000002");

    private RoutingDecision routed(boolean crossCrm) {
        CrmId crm = crossCrm ? mdl : zr7;
        CrmSlug slug = new CrmSlug(crossCrm ? "mdl" : "zr7");
        return new RoutingDecision(
                List.of(
                        RoutingCandidate.crmSkipped(
                                zr7, new CrmSlug("zr7"), CandidateReason.NO_COMMANDE),
                        RoutingCandidate.of(crm, slug, commande, CandidateReason.TAKEN)),
                Optional.of(new Target(crm, slug, commande, 2550, crossCrm)));
    }

    @Test
    void aDecisionForTheAccountsCrmIsReasonedCommandeSlug() {
        RoutingDecision decision = routed(false);

        assertThat(decision.routed()).isTrue();
        assertThat(decision.status()).isEqualTo(LeadStatus.PENDING);
        assertThat(decision.routingReason()).isEqualTo("commande_zr7");
    }

    @Test
    void aDecisionForAnotherCrmIsReasonedCrossCrmSlug() {
        assertThat(routed(true).routingReason()).isEqualTo("cross_crm_mdl");
    }

    @Test
    void anUnroutedDecisionWaitsForACommande() {
        RoutingDecision decision =
                new RoutingDecision(
                        List.of(
                                RoutingCandidate.crmSkipped(
                                        zr7, new CrmSlug("zr7"), CandidateReason.NO_COMMANDE)),
                        Optional.empty());

        assertThat(decision.routed()).isFalse();
        assertThat(decision.status()).isEqualTo(LeadStatus.PENDING_NO_ORDER);
        assertThat(decision.routingReason()).isEqualTo("no_commande");
        assertThat(decision.describe())
                .isEqualTo(
                        "Aucune commande disponible : en attente d'une commande. Écartés : zr7 :"
                                + " aucune commande pour ce produit et ce département");
    }

    @Test
    void describesTheTargetItsPriceAndEverySkippedCandidateInFrench() {
        RoutingDecision decision =
                new RoutingDecision(
                        List.of(
                                RoutingCandidate.of(
                                        zr7,
                                        new CrmSlug("zr7"),
                                        other,
                                        CandidateReason.CAP_DAY_REACHED),
                                RoutingCandidate.of(
                                        mdl, new CrmSlug("mdl"), commande, CandidateReason.TAKEN)),
                        Optional.of(new Target(mdl, new CrmSlug("mdl"), commande, 2505, true)));

        assertThat(decision.describe())
                .isEqualTo(
                        "Routé vers mdl (autre CRM), commande "
                                + commande.value()
                                + ", prix unitaire 25,05 €. Écartés : zr7 / commande "
                                + other.value()
                                + " : plafond du jour atteint");
    }

    @ParameterizedTest
    @CsvSource({"0, '0,00 €'", "5, '0,05 €'", "2550, '25,50 €'", "123456, '1234,56 €'"})
    void writesPricesInEuros(long cents, String text) {
        assertThat(RoutingDecision.euros(cents)).isEqualTo(text);
    }

    @Test
    void aRoutedDecisionHasExactlyOneTakenCandidate() {
        Target target = new Target(zr7, new CrmSlug("zr7"), commande, 0, false);
        RoutingCandidate taken =
                RoutingCandidate.of(zr7, new CrmSlug("zr7"), commande, CandidateReason.TAKEN);
        RoutingCandidate takenToo =
                RoutingCandidate.of(zr7, new CrmSlug("zr7"), other, CandidateReason.TAKEN);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RoutingDecision(List.of(), Optional.of(target)));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new RoutingDecision(List.of(taken, takenToo), Optional.of(target)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RoutingDecision(List.of(taken), Optional.empty()));
    }

    @Test
    void aTargetHasNoNegativePrice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Target(zr7, new CrmSlug("zr7"), commande, -1, false));
    }

    @Test
    void aCandidateReadsBackItsTypedValues() {
        RoutingCandidate candidate =
                RoutingCandidate.of(zr7, new CrmSlug("zr7"), commande, CandidateReason.NOT_CHOSEN);

        assertThat(candidate.crm()).isEqualTo(zr7);
        assertThat(candidate.slug()).hasValue(new CrmSlug("zr7"));
        assertThat(candidate.commande()).hasValue(commande);
        assertThat(candidate.taken()).isFalse();
        assertThat(candidate.reason()).isEqualTo("not_chosen");
        assertThat(candidate.why()).isEqualTo(CandidateReason.NOT_CHOSEN);
    }

    @Test
    void aCrmIsNeverTakenWithoutOneOfItsCommandes() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                RoutingCandidate.crmSkipped(
                                        zr7, new CrmSlug("zr7"), CandidateReason.TAKEN));
    }

    @Test
    void reasonsReadBackFromTheirWireNames() {
        for (CandidateReason reason : CandidateReason.values()) {
            assertThat(CandidateReason.fromWire(reason.wire())).isEqualTo(reason);
            assertThat(reason.label()).isNotBlank();
        }
        assertThatIllegalArgumentException().isThrownBy(() -> CandidateReason.fromWire("nope"));
    }
}
