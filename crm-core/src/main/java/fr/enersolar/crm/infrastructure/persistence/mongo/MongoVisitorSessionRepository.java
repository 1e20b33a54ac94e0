package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.tracking.VisitorSession;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionId;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

@ApplicationScoped
public class MongoVisitorSessionRepository implements VisitorSessionRepository {

    @Inject MongoStore store;

    @Override
    public Optional<VisitorSession> find(VisitorSessionId id) {
        return store.template().find(VisitorSession.class, id.value());
    }

    @Override
    public void store(VisitorSession session) {
        Templates.upsert(store.template(), VisitorSession.class, session.id().value(), session);
    }
}
