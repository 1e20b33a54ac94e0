package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.lead.Attribution;
import fr.enersolar.crm.domain.model.lead.Consent;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.lead.Projet;
import fr.enersolar.crm.domain.model.lead.Prospect;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.conversions.Bson;

/**
 * Test leads stored as intake stores them (through the repository, so the documents have the mapped
 * shape), then given the fields routing and delivery would write, straight in the store.
 */
final class StoredLeads {

    private final LeadRepository leads;
    private final MongoStore store;

    StoredLeads(LeadRepository leads, MongoStore store) {
        this.leads = leads;
        this.store = store;
    }

    /** A lead built step by step. */
    final class Builder {
        private String phone = "0612345678";
        private String nom = "Durand";
        private String email = "claire@exemple.fr";
        private String departement = "75";
        private String codePostal = "75011";
        private ProductType product = ProductType.PV;
        private FormCode form = new FormCode("PV-001");
        private String source = "";
        private String utmSource = "";
        private Instant at = Instant.parse("2026-11-20T10:00:00Z");
        private final Map<String, Object> raw = new java.util.LinkedHashMap<>();

        Builder phone(String value) {
            phone = value;
            return this;
        }

        Builder nom(String value) {
            nom = value;
            return this;
        }

        Builder email(String value) {
            email = value;
            return this;
        }

        Builder departement(String code, String postal) {
            departement = code;
            codePostal = postal;
            return this;
        }

        Builder product(ProductType value) {
            product = value;
            form = FormCode.of(value, 1);
            return this;
        }

        Builder form(String code) {
            form = new FormCode(code);
            return this;
        }

        Builder source(String value, String utm) {
            source = value;
            utmSource = utm;
            return this;
        }

        Builder at(Instant value) {
            at = value;
            return this;
        }

        /** Any stored field, as routing or delivery would write it. */
        Builder with(String field, Object value) {
            raw.put(field, value instanceof Instant i ? Date.from(i) : value);
            return this;
        }

        LeadId store() {
            Lead lead =
                    new Lead(
                            LeadId.generate(),
                            new Prospect(
                                    phone,
                                    phone.startsWith("0") ? "+33" + phone.substring(1) : "",
                                    "Mme",
                                    nom,
                                    "Claire",
                                    email,
                                    codePostal,
                                    departement,
                                    "Paris",
                                    "1 rue A"),
                            Projet.unknown(),
                            new Attribution("LP-001", "", source, utmSource, "", ""),
                            true,
                            false,
                            "203.0.113.9",
                            at);
            lead.cameThrough(FormId.generate(), form, AccountId.generate(), product, true);
            lead.consented(new Consent("v1", at, "Mozilla/5.0", "https://solaire.example/lp"));
            lead.log(new TimelineEntry(at, "received", "Reçu"));
            lead.conclude(LeadStatus.PENDING, List.of());
            leads.add(lead);
            if (!raw.isEmpty()) {
                List<Bson> updates = new ArrayList<>();
                raw.forEach((k, v) -> updates.add(Updates.set(k, v)));
                store.database()
                        .getCollection("leads")
                        .updateOne(Filters.eq("_id", lead.id().value()), Updates.combine(updates));
            }
            return lead.id();
        }
    }

    Builder lead() {
        return new Builder();
    }
}
