package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.application.leads.DepartementBreakdown;
import fr.enersolar.crm.application.leads.LeadCriteria;
import fr.enersolar.crm.application.leads.ProductCounts;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoLeadStatisticsTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject MongoLeadStatistics statistics;
    @Inject LeadRepository repository;
    @Inject MongoStore store;

    private StoredLeads leads;
    private final Instant t0 = Instant.parse("2026-11-20T10:00:00Z");

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        leads = new StoredLeads(repository, store);
    }

    private static ProductCounts counts(long pv, long pac, long ite) {
        return new ProductCounts(
                pv + pac + ite,
                Map.of(ProductType.PV, pv, ProductType.PAC, pac, ProductType.ITE, ite));
    }

    @Test
    void breaksLeadsDownByDepartementProductSourceAndStatus() {
        leads.lead().departement("75", "75011").source("google", "").store();
        leads.lead().departement("75", "75012").source("", "facebook").store();
        leads.lead()
                .product(ProductType.PAC)
                .departement("75", "75001")
                .with("api_status", "success")
                .store();
        leads.lead()
                .product(ProductType.ITE)
                .departement("13", "13001")
                .source("google", "x")
                .store();
        leads.lead().departement("", "").with("api_status", "no_crm").store();

        DepartementBreakdown b = statistics.breakdown(LeadCriteria.any());

        assertThat(b.total()).isEqualTo(5);
        assertThat(b.byDepartement())
                .containsExactly(
                        Map.entry("75", counts(2, 1, 0)),
                        Map.entry("", counts(1, 0, 0)),
                        Map.entry("13", counts(0, 0, 1)));
        assertThat(b.byProduct())
                .containsOnly(Map.entry("PV", 3L), Map.entry("PAC", 1L), Map.entry("ITE", 1L));
        assertThat(b.bySource())
                .containsExactly(
                        Map.entry("Direct", counts(1, 1, 0)),
                        Map.entry("google", counts(1, 0, 1)),
                        Map.entry("facebook", counts(1, 0, 0)));
        assertThat(b.byStatus())
                .containsOnly(
                        Map.entry("pending", 3L),
                        Map.entry("success", 1L),
                        Map.entry("no_crm", 1L));
    }

    @Test
    void theBreakdownKeepsToTheSelection() {
        CrmId mdl = CrmId.generate();
        leads.lead().with("target_crm_id", mdl.value()).at(t0).store();
        leads.lead().with("target_crm_id", mdl.value()).at(t0.minus(2, ChronoUnit.DAYS)).store();
        leads.lead().at(t0).store();

        DepartementBreakdown b =
                statistics.breakdown(
                        LeadCriteria.any().routedTo(mdl).between(t0.minusSeconds(60), null));

        assertThat(b.total()).isEqualTo(1);
        assertThat(statistics.breakdown(LeadCriteria.any().withStatus("nothing")).total()).isZero();
    }

    @Test
    void countsEachIntervalPerProduct() {
        Instant d0 = t0;
        Instant d1 = t0.plus(1, ChronoUnit.DAYS);
        Instant d2 = t0.plus(2, ChronoUnit.DAYS);
        Instant d3 = t0.plus(3, ChronoUnit.DAYS);
        leads.lead().at(d0).store();
        leads.lead().at(d1.minusMillis(1)).product(ProductType.PAC).store();
        leads.lead().at(d2.plusSeconds(5)).product(ProductType.ITE).store();
        leads.lead().at(d3).store(); // outside: the last boundary is excluded
        leads.lead().at(d0.minusMillis(1)).store(); // outside

        List<ProductCounts> perDay =
                statistics.perInterval(LeadCriteria.any(), List.of(d0, d1, d2, d3));

        assertThat(perDay).containsExactly(counts(1, 1, 0), ProductCounts.none(), counts(0, 0, 1));
    }

    @Test
    void countsTheLiveLeadsPerDeliveryStatus() {
        leads.lead().with("api_status", "success").store();
        leads.lead().with("api_status", "success").store();
        leads.lead().with("api_status", "failed").store();

        assertThat(statistics.total()).isEqualTo(3);
        assertThat(statistics.countByStatus(List.of("success", "failed", "queued")))
                .containsExactly(
                        Map.entry("success", 2L), Map.entry("failed", 1L), Map.entry("queued", 0L));
    }
}
