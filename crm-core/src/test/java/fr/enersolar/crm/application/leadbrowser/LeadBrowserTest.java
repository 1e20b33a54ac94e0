package fr.enersolar.crm.application.leadbrowser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.lead.Prospect;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class LeadBrowserTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject LeadRepository leads;
    @Inject LeadBrowser browser;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    private Lead lead(
            String nom, Instant at, ProductType product, int form, String dept, LeadStatus st) {
        Lead lead =
                new Lead(
                        LeadId.generate(),
                        new Prospect("0612345678", "", "Mme", nom, "Claire", "", "", dept, "", ""),
                        null,
                        null,
                        true,
                        false,
                        "203.0.113.9",
                        at);
        lead.cameThrough(
                FormId.generate(),
                FormCode.of(product, form),
                AccountId.generate(),
                product,
                false);
        lead.conclude(st, List.of());
        lead.log(new TimelineEntry(at, "received", "Lead reçu"));
        leads.store(lead);
        return lead;
    }

    @Test
    void pagesNewestFirstWithoutOverlap() {
        for (int i = 0; i < 7; i++) {
            lead("N" + i, now.minusSeconds(i), ProductType.PV, 1, "75", LeadStatus.PENDING);
        }
        // Same instant as N0: the id breaks the tie, so the pages still never overlap.
        lead("Twin", now, ProductType.PV, 1, "75", LeadStatus.PENDING);

        List<LeadSummary> first = browser.page(LeadFilter.none(), 0, 3);
        List<LeadSummary> second = browser.page(LeadFilter.none(), 3, 3);
        List<LeadSummary> third = browser.page(LeadFilter.none(), 6, 3);

        assertThat(first).hasSize(3);
        assertThat(third).hasSize(2);
        assertThat(first.get(0).receivedAt()).isEqualTo(now);
        assertThat(third.get(1).nom()).isEqualTo("N6");
        assertThat(
                        java.util.stream.Stream.of(first, second, third)
                                .flatMap(List::stream)
                                .map(LeadSummary::id)
                                .distinct())
                .hasSize(8);
        assertThat(browser.count(LeadFilter.none())).isEqualTo(8);
    }

    @Test
    void filtersByStatusProductFormDepartementAndPeriod() {
        Lead wanted = lead("Wanted", now, ProductType.PAC, 2, "2A", LeadStatus.PENDING);
        lead("OtherStatus", now, ProductType.PAC, 2, "2A", LeadStatus.INVALID_PHONE);
        lead("OtherProduct", now, ProductType.PV, 2, "2A", LeadStatus.PENDING);
        lead("OtherForm", now, ProductType.PAC, 3, "2A", LeadStatus.PENDING);
        lead("OtherDept", now, ProductType.PAC, 2, "75", LeadStatus.PENDING);
        lead("TooOld", now.minus(Duration.ofDays(3)), ProductType.PAC, 2, "2A", LeadStatus.PENDING);

        LeadFilter filter =
                new LeadFilter(
                        LeadStatus.PENDING,
                        "pending",
                        ProductType.PAC,
                        FormCode.of(ProductType.PAC, 2),
                        Departement.of("2a"),
                        now.minus(Duration.ofDays(1)),
                        now.plusSeconds(1));

        List<LeadSummary> rows = browser.page(filter, 0, 50);

        assertThat(rows).extracting(LeadSummary::id).containsExactly(wanted.id().value());
        LeadSummary row = rows.get(0);
        assertThat(row.product()).isEqualTo("PAC");
        assertThat(row.form()).isEqualTo("PAC-002");
        assertThat(row.departement()).isEqualTo("2A");
        assertThat(row.status()).isEqualTo("pending");
        assertThat(row.targetCrm()).isEmpty();
        assertThat(browser.count(filter)).isEqualTo(1);
        assertThat(browser.count(filter.withoutPeriod())).isEqualTo(2);
    }

    @Test
    void filtersByAnyOfSeveralIntakeConclusionsOrDeliveryStatuses() {
        Lead invalid = lead("Invalid", now, ProductType.PV, 1, "75", LeadStatus.INVALID_PHONE);
        Lead duplicate =
                lead("Dup", now.minusSeconds(1), ProductType.PV, 1, "75", LeadStatus.ORPHAN);
        lead("Valid", now, ProductType.PV, 1, "75", LeadStatus.PENDING);
        lead("OtherForm", now, ProductType.PV, 2, "75", LeadStatus.INVALID_PHONE);

        LeadFilter rejected =
                new LeadFilter(null, null, null, FormCode.of(ProductType.PV, 1), null, null, null)
                        .withAnyStatus(List.of(LeadStatus.INVALID_PHONE, LeadStatus.ORPHAN));
        LeadFilter failedDeliveries =
                LeadFilter.none().withAnyDelivery(List.of(LeadStatus.FAILED, LeadStatus.ORPHAN));

        assertThat(browser.page(rejected, 0, 50))
                .extracting(LeadSummary::id)
                .containsExactly(invalid.id().value(), duplicate.id().value());
        assertThat(browser.count(rejected)).isEqualTo(2);
        assertThat(browser.page(failedDeliveries, 0, 50))
                .extracting(LeadSummary::id)
                .containsExactly(duplicate.id().value());
        assertThat(rejected.withoutPeriod().anyStatus()).containsExactly("invalid_phone", "orphan");
    }

    @Test
    void findsOneLeadWithItsTimeline() {
        Lead stored = lead("Durand", now, ProductType.ITE, 1, "69", LeadStatus.PENDING);

        Lead found = browser.find(stored.id()).orElseThrow();

        assertThat(found.timeline()).extracting(TimelineEntry::type).containsExactly("received");
        assertThat(browser.find(LeadId.generate())).isEmpty();
    }

    @Test
    void refusesPagesOutOfBounds() {
        assertThatThrownBy(() -> browser.page(LeadFilter.none(), 0, LeadBrowser.MAX_PAGE_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(browser.page(LeadFilter.none(), LeadBrowser.MAX_SKIP + 1, 10)).isEmpty();
        assertThatThrownBy(() -> new LeadFilter(null, null, null, null, null, now, now))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
