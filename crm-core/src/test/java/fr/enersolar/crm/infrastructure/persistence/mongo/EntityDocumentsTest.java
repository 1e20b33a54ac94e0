package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.lead.Attribution;
import fr.enersolar.crm.domain.model.lead.CandidateReason;
import fr.enersolar.crm.domain.model.lead.Consent;
import fr.enersolar.crm.domain.model.lead.FieldError;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.lead.Projet;
import fr.enersolar.crm.domain.model.lead.Prospect;
import fr.enersolar.crm.domain.model.lead.RoutingCandidate;
import fr.enersolar.crm.domain.model.lead.RoutingDecision;
import fr.enersolar.crm.domain.model.lead.RoutingDecision.Target;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.tracking.Utm;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fast writer stores exactly the document JNoSQL stores, so JNoSQL reads what it wrote: same
 * keys, same values, same BSON types, for a lead with every part filled and for a bare one.
 */
@EnableWeld
class EntityDocumentsTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject MongoStore store;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    @Test
    void aFullLeadIsWrittenAsJnosqlWritesIt() {
        Lead lead = fullLead();

        assertThat(fast(lead)).isEqualTo(jnosql(lead));
    }

    @Test
    void aBareLeadIsWrittenAsJnosqlWritesIt() {
        Lead lead = bareLead();

        assertThat(fast(lead)).isEqualTo(jnosql(lead));
    }

    @Test
    void theBsonOfAFullLeadIsTheDriversEncodingOfItsDocument() {
        assertEncodedAsTheDriverEncodes(fullLead());
    }

    @Test
    void theBsonOfABareLeadIsTheDriversEncodingOfItsDocument() {
        assertEncodedAsTheDriverEncodes(bareLead());
    }

    @Test
    void theBsonOfAFreshIntakeLeadIsTheDriversEncodingOfItsDocument() {
        assertEncodedAsTheDriverEncodes(freshIntakeLead());
    }

    /** Byte for byte: the same keys in the same order, the same values with the same BSON types. */
    private static void assertEncodedAsTheDriverEncodes(Lead lead) {
        Document document = EntityDocuments.write(lead);
        document.put("write_token", "token-1");
        RawBsonDocument expected =
                new RawBsonDocument(
                        document,
                        MongoClientSettings.getDefaultCodecRegistry().get(Document.class));

        RawBsonDocument encoded = EntityDocuments.encode(lead, "write_token", "token-1");

        assertThat(encoded.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(bytes(encoded)).isEqualTo(bytes(expected));
    }

    private static byte[] bytes(RawBsonDocument document) {
        ByteBuffer buffer = document.getByteBuffer().asNIO();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    @Test
    void everyColumnOfTheLeadIsWritten() {
        Document written = EntityDocuments.write(fullLead());

        assertThat(written.keySet()).containsAll(columns(Lead.class));
    }

    @Test
    void jnosqlReadsWhatTheFastWriterWrote() {
        Lead lead = fullLead();
        store.database().getCollection("leads").insertOne(EntityDocuments.write(lead));

        Lead read = store.template().find(Lead.class, lead.id().value()).orElseThrow();

        assertThat(read.timeline()).isEqualTo(lead.timeline());
        assertThat(read.prospect()).isEqualTo(lead.prospect());
        assertThat(read.createdAt()).isEqualTo(lead.createdAt());
        assertThat(read.status()).isEqualTo(lead.status());
        assertThat(read.routingCandidates()).isEqualTo(lead.routingCandidates());
        assertThat(read.leaseUntil()).isEqualTo(lead.leaseUntil());
        assertThat(read.nextAttemptAt()).isEqualTo(lead.nextAttemptAt());
    }

    @Test
    void theFastReaderBuildsAFullLeadAsJnosqlDoes() {
        assertReadAsJnosqlReads(fullLead());
    }

    @Test
    void theFastReaderBuildsABareLeadAsJnosqlDoes() {
        Lead bare = bareLead();

        assertReadAsJnosqlReads(bare);
    }

    @Test
    void theFastReaderBuildsAFreshIntakeLeadAsJnosqlDoes() {
        assertReadAsJnosqlReads(freshIntakeLead());
    }

    /** A lead as intake stores it: empty strings for what the form did not send. */
    private Lead freshIntakeLead() {
        Lead lead =
                new Lead(
                        LeadId.generate(),
                        new Prospect(
                                "0612345678",
                                "+33612345678",
                                "",
                                "X",
                                "",
                                "",
                                "75011",
                                "75",
                                "",
                                ""),
                        new Projet("", "", "", "", "", "", "", "", "", ""),
                        new Attribution("LP-001", "", "", "", "", ""),
                        true,
                        false,
                        "",
                        now);
        lead.log(new TimelineEntry(now, "received", "Reçu"));
        return lead;
    }

    @Test
    void theFastReaderBuildsALeadWithEmptyListsAsJnosqlDoes() {
        Lead lead = bareLead();
        lead.conclude(LeadStatus.PENDING, List.of());
        lead.route(new RoutingDecision(List.of(), Optional.empty()), now);

        assertReadAsJnosqlReads(lead);
    }

    private void assertReadAsJnosqlReads(Lead lead) {
        store.template().insert(lead);
        Document stored = read(store.database().getCollection("leads"), lead);

        Lead byJnosql = store.template().find(Lead.class, lead.id().value()).orElseThrow();
        Lead fast = EntityReader.read(stored, Lead.class);

        assertThat(fast).usingRecursiveComparison().isEqualTo(byJnosql);
        assertThat(EntityDocuments.write(fast)).isEqualTo(EntityDocuments.write(byJnosql));
    }

    /** The store keys of a class's columns, flat embeddables included. */
    private static List<String> columns(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column == null) {
                continue;
            }
            Embeddable embeddable = field.getType().getAnnotation(Embeddable.class);
            if (embeddable != null && embeddable.value() == Embeddable.EmbeddableType.FLAT) {
                names.addAll(columns(field.getType()));
            } else {
                names.add(column.value().isEmpty() ? field.getName() : column.value());
            }
        }
        return names;
    }

    /** A lead with empty prospect fields, no project and no attribution. */
    private Lead bareLead() {
        return new Lead(
                LeadId.generate(),
                new Prospect("", "", "", "", "", "", "", "", "", ""),
                null,
                null,
                false,
                false,
                "",
                now);
    }

    private Lead fullLead() {
        Lead lead =
                new Lead(
                        LeadId.generate(),
                        new Prospect(
                                "0612345678",
                                "+33612345678",
                                "Mme",
                                "Durand",
                                "Claire",
                                "c@d.fr",
                                "20090",
                                "2A",
                                "Ajaccio",
                                "1 rue A"),
                        new Projet(
                                "maison",
                                "proprietaire",
                                "120",
                                "1990",
                                "fioul",
                                "150",
                                "90",
                                "pv",
                                "3 mois",
                                "15000"),
                        new Attribution(
                                "LP-001", "LP-001_PV-001", "google", "google", "cpc", "ete"),
                        true,
                        true,
                        "203.0.113.9",
                        now);
        lead.submittedFor("PV-001");
        lead.cameThrough(
                FormId.generate(),
                new FormCode("PV-001"),
                AccountId.generate(),
                ProductType.PV,
                true);
        lead.consented(new Consent("v1", now, "Mozilla/5.0", "https://lp.example/page"));
        Utm utm = new Utm("google", "cpc", "ete", "https://www.google.fr/", now);
        lead.touched("session-1", utm, utm);
        lead.keepPayload("{\"phone\":\"x\"}");
        lead.repeatOf(LeadId.generate());
        lead.log(new TimelineEntry(now, "received", "Reçu"));
        lead.log(new TimelineEntry(now, "validated", "Valide"));
        lead.conclude(LeadStatus.INVALID_FIELD, List.of(new FieldError("email", "invalide")));
        CrmId mdl = CrmId.generate();
        CommandeId commande = CommandeId.generate();
        lead.route(
                new RoutingDecision(
                        List.of(
                                RoutingCandidate.crmSkipped(
                                        CrmId.generate(),
                                        new CrmSlug("zr7"),
                                        CandidateReason.NO_COMMANDE),
                                RoutingCandidate.of(
                                        mdl, new CrmSlug("mdl"), commande, CandidateReason.TAKEN)),
                        Optional.of(new Target(mdl, new CrmSlug("mdl"), commande, 2700, true))),
                now);
        lead.recordAttempt(
                LeadStatus.QUEUED, Optional.of(now.plusSeconds(60)), "503", now, "Tentative 1");
        lead.lease("worker-1", now.plusSeconds(30));
        lead.routeTo(CrmId.generate(), new CrmSlug("zr7"), "commande", 2500);
        lead.answered("success", "{\"id\":1}", now);
        lead.queue("timeout", now);
        lead.retried(now, "admin@x.fr");
        return lead;
    }

    private Document jnosql(Lead lead) {
        store.template().insert(lead);
        return read(store.database().getCollection("leads"), lead);
    }

    private Document fast(Lead lead) {
        MongoCollection<Document> other = store.database().getCollection("leads_fast_writer");
        other.insertOne(EntityDocuments.write(lead));
        return read(other, lead);
    }

    private static Document read(MongoCollection<Document> collection, Lead lead) {
        return collection.find(Filters.eq("_id", lead.id().value())).first();
    }
}
