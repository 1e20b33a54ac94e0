package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.application.catalogue.CatalogueCounts;
import fr.enersolar.crm.application.catalogue.CatalogueCounts.LeadTally;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.tracking.TrackingEventType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoCatalogueCountsTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject CatalogueCounts counts;
    @Inject MongoStore store;

    private final LpCode lp1 = LpCode.of(1);
    private final LpCode lp2 = LpCode.of(2);
    private final FormCode pv1 = new FormCode("PV-001");
    private final FormCode pac1 = new FormCode("PAC-001");

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    private void event(String type, LpCode lp, FormCode form) {
        Document doc = new Document("_id", UUID.randomUUID().toString()).append("event", type);
        if (lp != null) {
            doc.append("lp_code", lp.value());
        }
        if (form != null) {
            doc.append("form_code", form.value());
        }
        store.database().getCollection("tracking").insertOne(doc);
    }

    private void lead(FormCode form, String apiStatus, Boolean sent) {
        Document doc =
                new Document("_id", UUID.randomUUID().toString())
                        .append("form_code", form.value())
                        .append("api_status", apiStatus);
        if (sent != null) {
            doc.append("sent_to_crm", sent);
        }
        store.database().getCollection("leads").insertOne(doc);
    }

    @Test
    void countsTheEventsOfEachCodeOfThePageByType() {
        event("lp_visit", lp1, null);
        event("lp_visit", lp1, null);
        event("lp_visit", lp2, null);
        event("cta_click", lp1, pv1);
        event("lp_visit", LpCode.of(3), null); // not on the page
        event("form_start", lp1, pv1);
        event("form_start", null, pv1);

        assertThat(counts.eventsByLp(List.of(lp1, lp2), TrackingEventType.LP_VISIT))
                .containsEntry(lp1, 2L)
                .containsEntry(lp2, 1L)
                .hasSize(2);
        assertThat(counts.eventsByLp(List.of(lp1, lp2), TrackingEventType.CTA_CLICK))
                .containsOnlyKeys(lp1)
                .containsEntry(lp1, 1L);
        assertThat(counts.eventsByForm(List.of(pv1, pac1), TrackingEventType.FORM_START))
                .containsOnlyKeys(pv1)
                .containsEntry(pv1, 2L);
        assertThat(counts.eventsByLp(List.of(), TrackingEventType.LP_VISIT)).isEmpty();
    }

    @Test
    void talliesTheLeadsOfEachFormAllSentAndDelivered() {
        lead(pv1, "success", true);
        lead(pv1, "duplicate", true);
        lead(pv1, "failed", false);
        lead(pv1, "pending", null);
        lead(pac1, "no_crm", false);
        lead(new FormCode("ITE-001"), "success", true); // not on the page

        assertThat(counts.leadsByForm(List.of(pv1, pac1)))
                .containsEntry(pv1, new LeadTally(4, 2, 2))
                .containsEntry(pac1, new LeadTally(1, 0, 0))
                .hasSize(2);
        assertThat(counts.leadsByForm(List.of())).isEmpty();
    }
}
