package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import fr.enersolar.crm.domain.model.session.Session;
import fr.enersolar.crm.domain.model.session.SessionRepository;
import fr.enersolar.crm.domain.model.session.SessionTokenHash;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/** Sessions through the template; deletions through the driver, which reports how many. */
@ApplicationScoped
public class MongoSessionRepository implements SessionRepository {

    @Inject MongoStore store;

    private MongoCollection<Document> collection() {
        return store.database().getCollection("sessions");
    }

    @Override
    public void store(Session session) {
        MongoErrors.uniqueCode(
                "session token",
                () ->
                        Templates.upsert(
                                store.template(), Session.class, session.id().value(), session));
    }

    @Override
    public Optional<Session> findByTokenHash(SessionTokenHash hash) {
        return store.template()
                .select(Session.class)
                .where("tokenHash")
                .eq(hash.value())
                .singleResult();
    }

    @Override
    public boolean remove(SessionTokenHash hash) {
        return collection().deleteOne(Filters.eq("token_hash", hash.value())).getDeletedCount() > 0;
    }

    @Override
    public long removeOfUser(UserId user) {
        return collection().deleteMany(Filters.eq("user_id", user.value())).getDeletedCount();
    }

    @Override
    public long removeOfUserExcept(UserId user, SessionTokenHash kept) {
        return collection()
                .deleteMany(
                        Filters.and(
                                Filters.eq("user_id", user.value()),
                                Filters.ne("token_hash", kept.value())))
                .getDeletedCount();
    }

    @Override
    public long purgeExpired(Instant now) {
        return collection().deleteMany(Filters.lte("expires_at", Date.from(now))).getDeletedCount();
    }
}
