package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.application.leads.BulkOutcome;
import fr.enersolar.crm.application.leads.EditOutcome;
import fr.enersolar.crm.application.leads.LeadAdministration;
import fr.enersolar.crm.application.leads.LeadAdministration.BulkAction;
import fr.enersolar.crm.application.leads.LeadCriteria;
import fr.enersolar.crm.application.leads.LeadExport;
import fr.enersolar.crm.application.leads.LeadList;
import fr.enersolar.crm.application.leads.LeadRow;
import fr.enersolar.crm.application.leads.LeadShelf;
import fr.enersolar.crm.application.leads.Paging;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.ActivityLog;
import fr.enersolar.crm.domain.model.activity.ActivityLogRepository;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The staff's lead use cases over the real repositories and store (in process). */
@EnableWeld
class LeadAdministrationTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject LeadAdministration administration;
    @Inject LeadRepository repository;
    @Inject ActivityLogRepository log;
    @Inject MongoStore store;

    private StoredLeads leads;
    private final StaffIdentity editor =
            new StaffIdentity(
                    UserId.generate(),
                    "editrice@enersolar.fr",
                    "Éditrice",
                    Role.EDITOR,
                    Role.EDITOR.defaultSections());

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        leads = new StoredLeads(repository, store);
    }

    private ActivityLog lastLog() {
        return log.recent(0, 1).get(0);
    }

    @Test
    void listsAPageAndSaysWhetherMoreFollow() {
        for (int i = 0; i < 5; i++) {
            leads.lead().store();
        }

        LeadList first =
                administration.list(LeadCriteria.any(), new Paging(0, 2), LeadShelf.ACTIVE);
        LeadList last = administration.list(LeadCriteria.any(), new Paging(4, 2), LeadShelf.ACTIVE);

        assertThat(first.rows()).hasSize(2);
        assertThat(first.hasMore()).isTrue();
        assertThat(first.total().value()).isEqualTo(5);
        assertThat(last.rows()).hasSize(1);
        assertThat(last.hasMore()).isFalse();
    }

    @Test
    void anEditIsNormalisedWrittenOnTheTimelineAndLogged() {
        LeadId id = leads.lead().phone("0612345678").nom("Dupon").store();

        EditOutcome outcome =
                administration.edit(
                        editor,
                        id,
                        Map.of("phone", "07 98 76 54 32", "nom", "Dupont", "prenom", "Claire"),
                        "198.51.100.4");

        assertThat(outcome)
                .isEqualTo(
                        new EditOutcome.Edited(
                                Map.of(
                                        "phone", "0612345678",
                                        "phone_e164", "+33612345678",
                                        "nom", "Dupon"),
                                Map.of(
                                        "phone", "0798765432",
                                        "phone_e164", "+33798765432",
                                        "nom", "Dupont")));
        Lead lead = repository.find(id).orElseThrow();
        assertThat(lead.prospect().phone()).isEqualTo("0798765432");
        assertThat(lead.prospect().phoneE164()).isEqualTo("+33798765432");
        TimelineEntry entry = lead.timeline().get(lead.timeline().size() - 1);
        assertThat(entry.type()).isEqualTo("staff_edit");
        assertThat(entry.message())
                .contains("editrice@enersolar.fr")
                .contains("nom « Dupon » → « Dupont »")
                .contains("phone « 0612345678 » → « 0798765432 »");
        ActivityLog logged = lastLog();
        assertThat(logged.action()).isEqualTo(ActivityAction.UPDATE);
        assertThat(logged.subject().type()).isEqualTo("lead");
        assertThat(logged.subject().id()).isEqualTo(id.value());
        assertThat(logged.ipAddress()).isEqualTo("198.51.100.4");
        assertThat(logged.details()).containsKeys("before", "after");
    }

    @Test
    void anInvalidEditWritesNothing() {
        LeadId id = leads.lead().store();

        EditOutcome outcome = administration.edit(editor, id, Map.of("phone", "0000000000"), "::1");

        assertThat(outcome).isInstanceOf(EditOutcome.Invalid.class);
        assertThat(repository.find(id).orElseThrow().timeline()).hasSize(1);
        assertThat(log.count()).isZero();
    }

    @Test
    void anEditChangingNothingIsNotLogged() {
        LeadId id = leads.lead().nom("Durand").store();

        EditOutcome outcome = administration.edit(editor, id, Map.of("nom", "Durand "), "::1");

        assertThat(outcome).isEqualTo(new EditOutcome.Edited(Map.of(), Map.of()));
        assertThat(log.count()).isZero();
    }

    @Test
    void anEditOfAnUnknownLeadFindsNothing() {
        assertThat(administration.edit(editor, LeadId.generate(), Map.of("nom", "X"), "::1"))
                .isInstanceOf(EditOutcome.NotFound.class);
    }

    @Test
    void archivingIsLoggedAsADeletion() {
        LeadId id = leads.lead().nom("Martin").store();

        assertThat(administration.archive(editor, id, "::1")).isTrue();

        assertThat(repository.find(id)).isEmpty();
        ActivityLog logged = lastLog();
        assertThat(logged.action()).isEqualTo(ActivityAction.DELETE);
        assertThat(logged.subject().name()).isEqualTo("Claire Martin");
        assertThat(administration.archive(editor, id, "::1")).isFalse();
    }

    @Test
    void bulkActionsReportWhatTheyDidAndLogEachLead() {
        LeadId a = leads.lead().store();
        LeadId b = leads.lead().store();
        LeadId unknown = LeadId.generate();

        BulkOutcome archived =
                administration.bulk(editor, BulkAction.ARCHIVE, List.of(a, b, unknown, a), "::1");
        assertThat(archived.done()).containsExactly(a, b);
        assertThat(archived.notFound()).containsExactly(unknown);
        assertThat(log.count()).isEqualTo(2);

        BulkOutcome restored = administration.bulk(editor, BulkAction.RESTORE, List.of(b), "::1");
        assertThat(restored.done()).containsExactly(b);
        assertThat(repository.find(b)).isPresent();
        assertThat(lastLog().action()).isEqualTo(ActivityAction.UPDATE);
        assertThat(lastLog().details()).containsEntry("action", "restore");
    }

    @Test
    void anExportIsLoggedWithItsFiltersAndSize() {
        leads.lead().store();
        leads.lead().store();

        LeadExport export =
                administration.export(
                        editor, LeadCriteria.any(), Map.of("status", "pending"), "::1");
        List<LeadRow> rows = new ArrayList<>();
        export.source().accept(rows::add);

        assertThat(export.rows()).isEqualTo(2);
        assertThat(export.truncated()).isFalse();
        assertThat(rows).hasSize(2);
        ActivityLog logged = lastLog();
        assertThat(logged.action()).isEqualTo(ActivityAction.EXPORT);
        assertThat(logged.details())
                .containsEntry("rows", 2L)
                .containsEntry("filters", Map.of("status", "pending"));
    }
}
