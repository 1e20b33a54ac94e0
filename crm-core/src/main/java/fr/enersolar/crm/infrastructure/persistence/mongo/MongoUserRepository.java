package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.user.DuplicateEmailException;
import fr.enersolar.crm.domain.model.user.Email;
import fr.enersolar.crm.domain.model.user.User;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.domain.model.user.UserRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

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
}
