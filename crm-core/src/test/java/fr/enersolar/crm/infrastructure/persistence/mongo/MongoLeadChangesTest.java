package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoLeadChangesTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject MongoLeadChanges changes;
    @Inject LeadRepository repository;
    @Inject MongoStore store;

    private StoredLeads leads;
    private final Instant t0 = Instant.parse("2026-11-20T10:00:00Z");

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        leads = new StoredLeads(repository, store);
    }

    private Document raw(String collection, LeadId id) {
        return store.database()
                .getCollection(collection)
                .find(Filters.eq("_id", id.value()))
                .first();
    }

    private static Map<String, String> map(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    @Test
    void amendingWritesTheFieldsAndATimelineEntryTheMappedLeadReads() {
        LeadId id = leads.lead().nom("Dupon").with("api_status", "failed").store();

        boolean written =
                changes.amend(
                        id,
                        map("nom", "Dupon"),
                        map("nom", "Dupont"),
                        new TimelineEntry(t0, "staff_edit", "Corrigé"));

        assertThat(written).isTrue();
        Lead lead = repository.find(id).orElseThrow();
        assertThat(lead.prospect().nom()).isEqualTo("Dupont");
        assertThat(lead.apiStatus()).isEqualTo("failed");
        assertThat(lead.timeline())
                .extracting(TimelineEntry::type)
                .containsExactly("received", "staff_edit");
        assertThat(lead.timeline().get(1).at()).isEqualTo(t0);
    }

    @Test
    void amendingWritesNothingWhenTheFieldChangedMeanwhile() {
        LeadId id = leads.lead().nom("Durand").store();

        boolean written =
                changes.amend(
                        id,
                        map("nom", "Dupon"),
                        map("nom", "Dupont"),
                        new TimelineEntry(t0, "staff_edit", "Corrigé"));

        assertThat(written).isFalse();
        assertThat(repository.find(id).orElseThrow().prospect().nom()).isEqualTo("Durand");
        assertThat(repository.find(id).orElseThrow().timeline()).hasSize(1);
    }

    @Test
    void archivingMovesTheWholeDocumentWithWhenAndWho() {
        LeadId id = leads.lead().with("lease_owner", "worker-1").store();
        Document before = raw("leads", id);

        Map<String, Object> archived = changes.archive(id, "staff@enersolar.fr", t0).orElseThrow();

        assertThat(raw("leads", id)).isNull();
        assertThat(repository.find(id)).isEmpty();
        Document stored = raw("leads_archived", id);
        assertThat(stored.getString("archived_by")).isEqualTo("staff@enersolar.fr");
        assertThat(stored.getDate("archived_at").toInstant()).isEqualTo(t0);
        assertThat(stored.getString("lease_owner")).isEqualTo("worker-1");
        before.forEach((k, v) -> assertThat(stored.get(k)).as(k).isEqualTo(v));
        assertThat(archived).containsEntry("id", id.value());
    }

    @Test
    void archivingAnUnknownOrArchivedLeadFindsNothing() {
        LeadId id = leads.lead().store();
        changes.archive(id, "a@b.fr", t0);

        assertThat(changes.archive(id, "a@b.fr", t0)).isEmpty();
        assertThat(changes.archive(LeadId.generate(), "a@b.fr", t0)).isEmpty();
    }

    @Test
    void restoringBringsTheLeadBackWithoutItsArchiveFields() {
        LeadId id = leads.lead().nom("Martin").store();
        Document before = raw("leads", id);
        changes.archive(id, "a@b.fr", t0);

        assertThat(changes.restore(id)).isPresent();

        assertThat(raw("leads_archived", id)).isNull();
        assertThat(raw("leads", id)).isEqualTo(before);
        assertThat(repository.find(id).orElseThrow().prospect().nom()).isEqualTo("Martin");
        assertThat(changes.restore(id)).isEmpty();
    }
}
