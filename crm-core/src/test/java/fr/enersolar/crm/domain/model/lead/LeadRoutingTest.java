package fr.enersolar.crm.domain.model.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.lead.RoutingDecision.Target;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lead's side of routing and delivery: what it keeps, and the moves it refuses. */
class LeadRoutingTest {

    private final Instant received = Instant.parse("2026-02-10T09:00:00Z");
    private final Instant routedAt = received.plusSeconds(1);
    private final CrmId zr7 = CrmId.generate();
    private final CrmId mdl = CrmId.generate();
    private final CommandeId commande = CommandeId.generate();
    private Lead lead;

    @BeforeEach
    void newLead() {
        lead =
                new Lead(
                        LeadId.generate(),
                        new Prospect(
                                "0612345678",
                                "+33612345678",
                                "M.",
                                "Martin",
                                "Paul",
                                "",
                                "75011",
                                "75",
                                "Paris",
                                ""),
                        null,
                        null,
                        true,
                        false,
                        "203.0.113.1",
                        received);
        lead.cameThrough(
                FormId.generate(),
                new FormCode("PV-001"),
                AccountId.generate(),
                ProductType.PV,
                true);
        lead.conclude(LeadStatus.PENDING, List.of());
    }

    private RoutingDecision toMdl(long price) {
        return new RoutingDecision(
                List.of(
                        RoutingCandidate.crmSkipped(
                                zr7, new CrmSlug("zr7"), CandidateReason.NO_COMMANDE),
                        RoutingCandidate.of(
                                mdl, new CrmSlug("mdl"), commande, CandidateReason.TAKEN)),
                Optional.of(new Target(mdl, new CrmSlug("mdl"), commande, price, true)));
    }

    private RoutingDecision nowhere() {
        return new RoutingDecision(
                List.of(
                        RoutingCandidate.crmSkipped(
                                zr7, new CrmSlug("zr7"), CandidateReason.NO_COMMANDE),
                        RoutingCandidate.crmSkipped(
                                mdl, new CrmSlug("mdl"), CandidateReason.NO_COMMANDE)),
                Optional.empty());
    }

    @Test
    void aRoutedLeadKeepsItsTargetFrozenPriceAndEveryCandidateAndIsDueAtOnce() {
        RoutingDecision decision = toMdl(2700);

        lead.route(decision, routedAt);

        assertThat(lead.deliveryStatus()).hasValue(LeadStatus.PENDING);
        assertThat(lead.apiStatus()).isEqualTo("pending");
        assertThat(lead.targetCrm()).hasValue(mdl);
        assertThat(lead.targetCrmSlug()).hasValue(new CrmSlug("mdl"));
        assertThat(lead.commande()).hasValue(commande);
        assertThat(lead.unitPriceCents()).isEqualTo(2700);
        assertThat(lead.crossCrm()).isTrue();
        assertThat(lead.routingReason()).isEqualTo("cross_crm_mdl");
        assertThat(lead.routedAt()).hasValue(routedAt);
        assertThat(lead.routingCandidates()).isEqualTo(decision.candidates());
        assertThat(lead.nextAttemptAt()).hasValue(routedAt);
        assertThat(lead.deliveryAttempts()).isZero();
        assertThat(lead.timeline())
                .last()
                .isEqualTo(new TimelineEntry(routedAt, "routing", decision.describe()));
    }

    @Test
    void anUnroutedLeadWaitsForACommandeWithNoTargetNoPriceAndNothingDue() {
        lead.route(toMdl(2700), routedAt);

        lead.route(nowhere(), routedAt.plusSeconds(60));

        assertThat(lead.deliveryStatus()).hasValue(LeadStatus.PENDING_NO_ORDER);
        assertThat(lead.targetCrm()).isEmpty();
        assertThat(lead.targetCrmSlug()).isEmpty();
        assertThat(lead.commande()).isEmpty();
        assertThat(lead.unitPriceCents()).isZero();
        assertThat(lead.crossCrm()).isFalse();
        assertThat(lead.routingReason()).isEqualTo("no_commande");
        assertThat(lead.nextAttemptAt()).isEmpty();
        assertThat(lead.routingCandidates()).hasSize(2).noneMatch(RoutingCandidate::taken);
        assertThat(lead.timeline()).extracting(TimelineEntry::type).endsWith("routing", "routing");
    }

    @Test
    void routingAgainStartsTheAttemptsAfresh() {
        lead.route(toMdl(2700), routedAt);
        lead.recordAttempt(
                LeadStatus.QUEUED, Optional.of(routedAt.plusSeconds(60)), "503", routedAt, "1");
        lead.recordAttempt(LeadStatus.FAILED, Optional.empty(), "503", routedAt, "2");

        lead.route(toMdl(2700), routedAt.plusSeconds(3600));

        assertThat(lead.deliveryAttempts()).isZero();
        assertThat(lead.lastAttemptAt()).isEmpty();
        assertThat(lead.deliveryStatus()).hasValue(LeadStatus.PENDING);
        assertThat(lead.nextAttemptAt()).hasValue(routedAt.plusSeconds(3600));
    }

    @ParameterizedTest
    @EnumSource(
            value = LeadStatus.class,
            names = {"SENT", "DUPLICATE"})
    void aDeliveredLeadIsNeverRoutedAgain(LeadStatus delivered) {
        lead.route(toMdl(2700), routedAt);
        lead.recordAttempt(delivered, Optional.empty(), "{}", routedAt, "ok");

        assertThatIllegalStateException().isThrownBy(() -> lead.route(toMdl(2700), routedAt));
    }

    @Test
    void aLeadThatWaitedInVainAwaitsAManualDecision() {
        lead.route(nowhere(), routedAt);
        Instant later = received.plus(Duration.ofDays(8));

        lead.awaitManualDecision(Duration.ofDays(8), later);

        assertThat(lead.deliveryStatus()).hasValue(LeadStatus.PENDING_MANUAL);
        assertThat(lead.nextAttemptAt()).isEmpty();
        assertThat(lead.timeline())
                .last()
                .isEqualTo(
                        new TimelineEntry(
                                later,
                                "routing",
                                "Aucune commande en 8 jours : décision manuelle requise"));
    }

    @Test
    void onlyALeadWaitingForACommandeAwaitsAManualDecision() {
        assertThatIllegalStateException()
                .isThrownBy(() -> lead.awaitManualDecision(Duration.ofDays(8), routedAt));
        lead.route(toMdl(100), routedAt);
        assertThatIllegalStateException()
                .isThrownBy(() -> lead.awaitManualDecision(Duration.ofDays(8), routedAt));
    }

    @Test
    void aRetryableFailureQueuesTheLeadUntilItsNextAttemptAndReleasesTheLease() {
        lead.route(toMdl(2700), routedAt);
        lead.lease("worker-1", routedAt.plusSeconds(30));
        Instant attempted = routedAt.plusSeconds(2);
        Instant next = attempted.plusSeconds(60);

        lead.recordAttempt(
                LeadStatus.QUEUED, Optional.of(next), "HTTP 503", attempted, "Tentative 1 : 503");

        assertThat(lead.deliveryStatus()).hasValue(LeadStatus.QUEUED);
        assertThat(lead.deliveryAttempts()).isEqualTo(1);
        assertThat(lead.lastAttemptAt()).hasValue(attempted);
        assertThat(lead.nextAttemptAt()).hasValue(next);
        assertThat(lead.apiResponse()).isEqualTo("HTTP 503");
        assertThat(lead.sentToCrm()).isFalse();
        assertThat(lead.sentAt()).isEmpty();
        assertThat(lead.leaseOwner()).isEmpty();
        assertThat(lead.leaseUntil()).isEmpty();
        assertThat(lead.timeline())
                .last()
                .isEqualTo(new TimelineEntry(attempted, "delivery_attempt", "Tentative 1 : 503"));
    }

    @ParameterizedTest
    @EnumSource(
            value = LeadStatus.class,
            names = {"SENT", "DUPLICATE"})
    void aDeliveredLeadIsSentWithNothingMoreDue(LeadStatus status) {
        lead.route(toMdl(2700), routedAt);
        Instant attempted = routedAt.plusSeconds(1);

        lead.recordAttempt(status, Optional.empty(), "{\"id\": 7}", attempted, "ok");

        assertThat(lead.deliveryStatus()).hasValue(status);
        assertThat(lead.sentToCrm()).isTrue();
        assertThat(lead.sentAt()).hasValue(attempted);
        assertThat(lead.nextAttemptAt()).isEmpty();
        assertThat(lead.deliveryAttempts()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(
            value = LeadStatus.class,
            names = {"REJECTED", "AUTH_ERROR", "FAILED"})
    void aRefusedOrFailedLeadIsNotSentAndNothingMoreIsDue(LeadStatus status) {
        lead.route(toMdl(2700), routedAt);

        lead.recordAttempt(status, Optional.empty(), "HTTP 400", routedAt, "refusé");

        assertThat(lead.deliveryStatus()).hasValue(status);
        assertThat(lead.sentToCrm()).isFalse();
        assertThat(lead.sentAt()).isEmpty();
        assertThat(lead.nextAttemptAt()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = LeadStatus.class,
            names = {"SENT", "DUPLICATE", "REJECTED", "AUTH_ERROR", "FAILED"})
    void aFinalResultTakesNoNextAttempt(LeadStatus status) {
        lead.route(toMdl(2700), routedAt);

        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> lead.recordAttempt(status, Optional.of(routedAt), "", routedAt, "x"));
    }

    @Test
    void aQueuedResultNeedsItsNextAttempt() {
        lead.route(toMdl(2700), routedAt);

        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                lead.recordAttempt(
                                        LeadStatus.QUEUED, Optional.empty(), "", routedAt, "x"));
    }

    @ParameterizedTest
    @EnumSource(
            value = LeadStatus.class,
            names = {
                "ORPHAN",
                "INVALID_PHONE",
                "MISSING_REQUIRED",
                "INVALID_FIELD",
                "OUT_OF_AREA",
                "INTERNAL_DUPLICATE",
                "PENDING",
                "PENDING_NO_ORDER",
                "PENDING_MANUAL",
                "NO_CRM"
            })
    void anAttemptCannotLeadToAStatusOtherThanQueuedOrFinal(LeadStatus status) {
        lead.route(toMdl(2700), routedAt);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> lead.recordAttempt(status, Optional.empty(), "", routedAt, "x"));
    }

    @Test
    void anAttemptIsAlwaysSummedUpForTheTimeline() {
        lead.route(toMdl(2700), routedAt);

        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                lead.recordAttempt(
                                        LeadStatus.SENT, Optional.empty(), "", routedAt, " "));
        assertThat(lead.deliveryAttempts()).isZero();
    }

    @Test
    void aLeadWithoutTargetCannotBeAttempted() {
        lead.route(nowhere(), routedAt);

        assertThatIllegalStateException()
                .isThrownBy(
                        () ->
                                lead.recordAttempt(
                                        LeadStatus.SENT, Optional.empty(), "", routedAt, "x"));
    }

    @Test
    void aLeaseHoldsTheLeadUntilItExpires() {
        lead.route(toMdl(2700), routedAt);
        Instant until = routedAt.plusSeconds(30);

        lead.lease("worker-1", until);

        assertThat(lead.leaseOwner()).hasValue("worker-1");
        assertThat(lead.leaseUntil()).hasValue(until);
        assertThat(lead.leasedAt(until.minusMillis(1))).isTrue();
        assertThat(lead.leasedAt(until)).isFalse();

        lead.releaseLease();
        assertThat(lead.leasedAt(routedAt)).isFalse();
        assertThat(lead.leaseOwner()).isEmpty();
    }

    @Test
    void aLeaseNeedsAnOwner() {
        assertThatIllegalArgumentException().isThrownBy(() -> lead.lease(" ", routedAt));
    }

    @Test
    void postponingMovesTheNextAttemptWithoutCountingOne() {
        lead.route(toMdl(2700), routedAt);
        lead.lease("worker-1", routedAt.plusSeconds(30));
        Instant later = routedAt.plusSeconds(60);

        lead.postponeDelivery(later);

        assertThat(lead.nextAttemptAt()).hasValue(later);
        assertThat(lead.deliveryAttempts()).isZero();
        assertThat(lead.deliveryStatus()).hasValue(LeadStatus.PENDING);
        assertThat(lead.leaseOwner()).isEmpty();
    }

    @Test
    void onlyALeadAwaitingDeliveryIsPostponed() {
        lead.route(nowhere(), routedAt);

        assertThatIllegalStateException().isThrownBy(() -> lead.postponeDelivery(routedAt));
    }

    @Test
    void aRawSeedStatusIsNoLeadStatus() {
        lead.route(toMdl(2700), routedAt);
        lead.answered("timeout", "Timeout après 30s", routedAt);

        assertThat(lead.deliveryStatus()).isEmpty();
    }
}
