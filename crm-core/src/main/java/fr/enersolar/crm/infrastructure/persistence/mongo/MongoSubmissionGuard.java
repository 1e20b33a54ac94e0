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

/** Double-submit claims, one per form and phone ({@code intake_guard} on a MongoDB). */
@ApplicationScoped
public class MongoSubmissionGuard implements SubmissionGuard {

    static final String COLLECTION = "intake_guard";

    @Inject MongoStore store;

    private Claims claims;

    /**
     * In the store when it is a MongoDB that several servers may share; in memory when it is the
     * embedded store, which only this JVM uses (a restart forgets at most a few seconds of claims).
     */
    @PostConstruct
    void init() {
        claims =
                store.embedded()
                        ? new InMemoryClaims(Duration.ofHours(1))
                        : new MongoClaims(() -> store.database().getCollection(COLLECTION));
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
