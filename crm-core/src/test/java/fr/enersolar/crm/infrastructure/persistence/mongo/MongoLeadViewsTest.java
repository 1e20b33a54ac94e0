package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.application.leads.LeadCount;
import fr.enersolar.crm.application.leads.LeadCriteria;
import fr.enersolar.crm.application.leads.LeadRow;
import fr.enersolar.crm.application.leads.LeadShelf;
import fr.enersolar.crm.application.leads.SearchTerm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoLeadViewsTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject MongoLeadViews views;
    @Inject MongoLeadChanges changes;
    @Inject LeadRepository repository;
    @Inject MongoStore store;
    @Inject StoreIndexes indexes;

    private StoredLeads leads;
    private final Instant t0 = Instant.parse("2026-11-20T10:00:00Z");

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        indexes.ensure();
        leads = new StoredLeads(repository, store);
    }

    private List<String> ids(List<LeadRow> rows) {
        return rows.stream().map(r -> r.text("id")).toList();
    }

    private List<String> idsOf(LeadCriteria criteria) {
        return ids(views.rows(criteria, LeadShelf.ACTIVE, 0, 100));
    }

    @Test
    void listsNewestFirstWithTheTableColumnsOnly() {
        LeadId older = leads.lead().at(t0).store();
        LeadId newer = leads.lead().at(t0.plusSeconds(60)).nom("Martin").store();

        List<LeadRow> rows = views.rows(LeadCriteria.any(), LeadShelf.ACTIVE, 0, 10);

        assertThat(ids(rows)).containsExactly(newer.value(), older.value());
        LeadRow first = rows.get(0);
        assertThat(first.fields().keySet()).containsExactlyElementsOf(MongoLeadViews.ROW_FIELDS);
        assertThat(first.fields())
                .containsEntry("nom", "Martin")
                .containsEntry("product_type", "PV")
                .containsEntry("api_status", "pending")
                .containsEntry("created_at", t0.plusSeconds(60))
                .containsEntry("target_crm_id", null);
        assertThat(first.fields()).doesNotContainKeys("timeline", "payload", "adresse");
    }

    @Test
    void pagesNeverOverlapWhenLeadsShareTheirInstant() {
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            stored.add(leads.lead().at(t0).store().value());
        }

        List<String> paged = new ArrayList<>();
        for (int skip = 0; skip < 7; skip += 3) {
            paged.addAll(ids(views.rows(LeadCriteria.any(), LeadShelf.ACTIVE, skip, 3)));
        }

        assertThat(paged).hasSize(7).containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void filtersByStatusProductCrmFormAndDepartements() {
        CrmId zr7 = CrmId.generate();
        LeadId sent =
                leads.lead()
                        .with("api_status", "success")
                        .with("target_crm_id", zr7.value())
                        .store();
        LeadId pac = leads.lead().product(ProductType.PAC).departement("13", "13001").store();
        LeadId ite = leads.lead().product(ProductType.ITE).departement("2A", "20090").store();

        assertThat(idsOf(LeadCriteria.any().withStatus("success"))).containsExactly(sent.value());
        assertThat(idsOf(LeadCriteria.any().routedTo(zr7))).containsExactly(sent.value());
        assertThat(idsOf(LeadCriteria.any().withProduct(ProductType.PAC)))
                .containsExactly(pac.value());
        assertThat(idsOf(LeadCriteria.any().fromForm(new FormCode("ITE-001"))))
                .containsExactly(ite.value());
        assertThat(idsOf(LeadCriteria.any().inDepartements(List.of("13", "2A"))))
                .containsExactlyInAnyOrder(pac.value(), ite.value());
        assertThat(idsOf(LeadCriteria.any().withProduct(ProductType.PV).withStatus("pending")))
                .isEmpty();
    }

    @Test
    void periodsIncludeTheirStartAndExcludeTheirEnd() {
        LeadId atStart = leads.lead().at(t0).store();
        leads.lead().at(t0.plusSeconds(3600)).store();
        leads.lead().at(t0.minusMillis(1)).store();

        assertThat(idsOf(LeadCriteria.any().between(t0, t0.plusSeconds(3600))))
                .containsExactly(atStart.value());
    }

    @Test
    void searchesByPhoneEmailOrSurnamePrefix() {
        LeadId claire =
                leads.lead().phone("0612345678").email("Claire@Exemple.fr").nom("Dupont").store();
        LeadId paul = leads.lead().phone("0798765432").email("paul@x.fr").nom("Dupuis").store();
        leads.lead().phone("0145678901").email("z@z.fr").nom("Martin").store();

        assertThat(idsOf(LeadCriteria.any().matching(SearchTerm.parse("06 12 34 56 78"))))
                .containsExactly(claire.value());
        assertThat(idsOf(LeadCriteria.any().matching(SearchTerm.parse("+33612345678"))))
                .containsExactly(claire.value());
        assertThat(idsOf(LeadCriteria.any().matching(SearchTerm.parse("0798"))))
                .containsExactly(paul.value());
        assertThat(idsOf(LeadCriteria.any().matching(SearchTerm.parse("claire@exemple.fr"))))
                .isEmpty(); // stored as typed: exact spellings only
        assertThat(idsOf(LeadCriteria.any().matching(SearchTerm.parse("Claire@Exemple.fr"))))
                .containsExactly(claire.value());
        assertThat(idsOf(LeadCriteria.any().matching(SearchTerm.parse("dup"))))
                .containsExactlyInAnyOrder(claire.value(), paul.value());
        assertThat(idsOf(LeadCriteria.any().matching(SearchTerm.parse("DUPO"))))
                .containsExactly(claire.value());
        assertThat(idsOf(LeadCriteria.any().matching(SearchTerm.parse("d.*"))))
                .as("typed text is not a pattern")
                .isEmpty();
    }

    @Test
    void countsStopAtTheCapAndSaySo() {
        for (int i = 0; i < 5; i++) {
            leads.lead().store();
        }

        assertThat(views.count(LeadCriteria.any().withStatus("pending"), LeadShelf.ACTIVE, 3))
                .isEqualTo(new LeadCount(3, false));
        assertThat(views.count(LeadCriteria.any().withStatus("pending"), LeadShelf.ACTIVE, 10))
                .isEqualTo(new LeadCount(5, true));
        assertThat(views.count(LeadCriteria.any(), LeadShelf.ACTIVE, 3))
                .as("the collection's own count, exact")
                .isEqualTo(new LeadCount(5, true));
    }

    @Test
    void theDocumentHasEveryStoredFieldWithTimesAsInstants() {
        LeadId id = leads.lead().with("lease_owner", "worker-1").at(t0).store();

        Map<String, Object> document = views.document(id).orElseThrow();

        assertThat(document.keySet().iterator().next()).isEqualTo("id");
        assertThat(document)
                .containsEntry("id", id.value())
                .containsEntry("lease_owner", "worker-1")
                .containsEntry("created_at", t0)
                .containsEntry("ip", "203.0.113.9")
                .containsKeys("timeline", "consent_at", "user_agent", "rgpd_consent")
                .doesNotContainKey("_id");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) document.get("timeline");
        assertThat(timeline).singleElement().satisfies(e -> assertThat(e.get("at")).isEqualTo(t0));
        assertThat(views.document(LeadId.generate())).isEmpty();
    }

    @Test
    void exportsTheNewestLeadsUpToTheMaximum() {
        LeadId a = leads.lead().at(t0).store();
        LeadId b = leads.lead().at(t0.plusSeconds(1)).store();
        leads.lead().at(t0.minusSeconds(1)).store();

        List<LeadRow> exported = new ArrayList<>();
        views.export(LeadCriteria.any(), 2, exported::add);

        assertThat(ids(exported)).containsExactly(b.value(), a.value());
        assertThat(exported.get(0).fields().keySet())
                .containsExactlyElementsOf(MongoLeadViews.EXPORT_FIELDS);
    }

    @Test
    void theArchiveShelfListsArchivedLeadsWithWhenAndWho() {
        LeadId kept = leads.lead().store();
        LeadId archived = leads.lead().store();
        changes.archive(archived, "staff@enersolar.fr", t0);

        List<LeadRow> rows = views.rows(LeadCriteria.any(), LeadShelf.ARCHIVED, 0, 10);

        assertThat(ids(rows)).containsExactly(archived.value());
        assertThat(rows.get(0).fields())
                .containsEntry("archived_by", "staff@enersolar.fr")
                .containsEntry("archived_at", t0);
        assertThat(idsOf(LeadCriteria.any())).containsExactly(kept.value());
    }
}
