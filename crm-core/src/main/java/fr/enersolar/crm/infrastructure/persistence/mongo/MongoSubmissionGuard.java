package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.SubmissionGuard;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Double-submit claims in {@code intake_guard}, one per form and phone. */
@ApplicationScoped
public class MongoSubmissionGuard implements SubmissionGuard {

    static final String COLLECTION = "intake_guard";

    @Inject MongoStore store;

    private MongoClaims claims;

    @PostConstruct
    void init() {
        claims = new MongoClaims(() -> store.database().getCollection(COLLECTION));
    }

    private static String key(FormId form, String phoneE164) {
        return form.value() + "|" + phoneE164;
    }

    @Override
    public Optional<LeadId> claim(
            FormId form, String phoneE164, LeadId candidate, Instant now, Duration window) {
        return claims.claim(key(form, phoneE164), candidate, now, window);
    }

    @Override
    public void takeOver(FormId form, String phoneE164, LeadId candidate, Instant now) {
        claims.takeOver(key(form, phoneE164), candidate, now);
    }

    @Override
    public void release(FormId form, String phoneE164, LeadId candidate) {
        claims.release(key(form, phoneE164), candidate);
    }
}
