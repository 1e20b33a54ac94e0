package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import fr.enersolar.crm.domain.model.user.DuplicateEmailException;
import fr.enersolar.crm.domain.model.user.Email;
import fr.enersolar.crm.domain.model.user.User;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.domain.model.user.UserRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

@ApplicationScoped
public class MongoUserRepository implements UserRepository {

    @Inject MongoStore store;

    @Override
    public void add(User user) {
        // The unique index on users.email decides, so two concurrent adds cannot both win.
        try {
            store.template().insert(user);
        } catch (RuntimeException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                throw new DuplicateEmailException(user.email());
            }
            throw e;
        }
    }

    @Override
    public void store(User user) {
        store.template().update(user);
    }

    @Override
    public Optional<User> find(UserId id) {
        return store.template().find(User.class, id.value());
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return store.template().select(User.class).where("email").eq(email.value()).singleResult();
    }

    @Override
    public List<User> all(int offset, int limit) {
        return store.template()
                .select(User.class)
                .orderBy("email")
                .asc()
                .skip(offset)
                .limit(limit)
                .result();
    }

    @Override
    public long count() {
        return store.template().count(User.class);
    }

    private MongoCollection<Document> collection() {
        return store.database().getCollection("users");
    }

    @Override
    public int countFailedLogin(UserId id) {
        Document after =
                collection()
                        .findOneAndUpdate(
                                Filters.eq("_id", id.value()),
                                Updates.inc("failed_logins", 1),
                                new FindOneAndUpdateOptions()
                                        .returnDocument(ReturnDocument.AFTER)
                                        .projection(Projections.include("failed_logins")));
        if (after == null) {
            return 0;
        }
        Number count = after.get("failed_logins", Number.class);
        return count == null ? 0 : count.intValue();
    }

    @Override
    public void lockUntil(UserId id, Instant until) {
        collection()
                .updateOne(
                        Filters.eq("_id", id.value()),
                        Updates.combine(
                                Updates.set("locked_until", Date.from(until)),
                                Updates.set("failed_logins", 0)));
    }

    @Override
    public void loggedIn(UserId id, Instant at) {
        collection()
                .updateOne(
                        Filters.eq("_id", id.value()),
                        Updates.combine(
                                Updates.set("failed_logins", 0),
                                Updates.unset("locked_until"),
                                Updates.set("last_login_at", Date.from(at))));
    }
}
