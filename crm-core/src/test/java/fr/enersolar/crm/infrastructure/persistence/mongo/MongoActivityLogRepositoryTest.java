package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.ActivityLog;
import fr.enersolar.crm.domain.model.activity.ActivityLogFilter;
import fr.enersolar.crm.domain.model.activity.ActivityLogId;
import fr.enersolar.crm.domain.model.activity.ActivityLogRepository;
import fr.enersolar.crm.domain.model.activity.Actor;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoActivityLogRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject ActivityLogRepository logs;
    @Inject MongoStore store;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final Actor admin = new Actor(UserId.generate(), "admin@e.fr", "Admin");

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    private ActivityLog entry(Actor actor, ActivityAction action, Instant at) {
        return new ActivityLog(
                ActivityLogId.generate(), actor, action, Subject.none(), Map.of(), "::1", at);
    }

    @Test
    void storesDetailsAsASubDocumentAndReadsThemBack() {
        Map<String, Object> details =
                Map.of(
                        "role",
                        "editor",
                        "active",
                        false,
                        "attempts",
                        3,
                        "changed",
                        List.of("nom", "role"),
                        "before",
                        Map.of("role", "viewer"));
        ActivityLog log =
                new ActivityLog(
                        ActivityLogId.generate(),
                        admin,
                        ActivityAction.UPDATE,
                        new Subject("user", "u-42", "Bob"),
                        details,
                        "203.0.113.9",
                        now);

        logs.record(log);

        Document raw = store.database().getCollection("activity_logs").find().first();
        assertThat(raw.get("details")).isInstanceOf(Document.class);
        assertThat(raw.get("details", Document.class).getString("role")).isEqualTo("editor");
        ActivityLog found = logs.recent(0, 1).get(0);
        assertThat(found.details())
                .containsEntry("role", "editor")
                .containsEntry("active", false)
                .containsEntry("attempts", 3)
                .containsEntry("changed", List.of("nom", "role"))
                .containsEntry("before", Map.of("role", "viewer"));
        assertThat(found.actor()).isEqualTo(admin);
        assertThat(found.action()).isEqualTo(ActivityAction.UPDATE);
        assertThat(found.subject()).isEqualTo(new Subject("user", "u-42", "Bob"));
        assertThat(found.ipAddress()).isEqualTo("203.0.113.9");
        assertThat(found.createdAt()).isEqualTo(now);
    }

    @Test
    void listsTheNewestEntriesFirstOverallAndPerUser() {
        Actor bob = new Actor(UserId.generate(), "bob@e.fr", "Bob");
        logs.record(entry(admin, ActivityAction.LOGIN, now));
        logs.record(entry(bob, ActivityAction.LOGIN, now.plusSeconds(1)));
        logs.record(entry(admin, ActivityAction.CREATE, now.plusSeconds(2)));

        assertThat(logs.recent(0, 2))
                .extracting(ActivityLog::action)
                .containsExactly(ActivityAction.CREATE, ActivityAction.LOGIN);
        assertThat(logs.ofUser(admin.user(), 0, 10))
                .extracting(ActivityLog::action)
                .containsExactly(ActivityAction.CREATE, ActivityAction.LOGIN);
        assertThat(logs.count()).isEqualTo(3);
    }

    @Test
    void filtersCountsAndPagesByUserEntityTypeAndAction() {
        Actor bob = new Actor(UserId.generate(), "bob@e.fr", "Bob");
        for (int i = 0; i < 5; i++) {
            logs.record(
                    new ActivityLog(
                            ActivityLogId.generate(),
                            admin,
                            ActivityAction.UPDATE,
                            new Subject(i % 2 == 0 ? "user" : "crm", "id-" + i, "n"),
                            Map.of(),
                            "::1",
                            now.plusSeconds(i)));
        }
        logs.record(entry(bob, ActivityAction.LOGIN, now.plusSeconds(10)));

        ActivityLogFilter adminUsers =
                new ActivityLogFilter(
                        Optional.of(admin.user()), Optional.of("user"), Optional.empty());
        assertThat(logs.count(adminUsers)).isEqualTo(3);
        assertThat(logs.find(adminUsers, 0, 2))
                .extracting(l -> l.subject().id())
                .containsExactly("id-4", "id-2");
        assertThat(logs.find(adminUsers, 2, 2))
                .extracting(l -> l.subject().id())
                .containsExactly("id-0");
        ActivityLogFilter logins =
                new ActivityLogFilter(
                        Optional.empty(), Optional.empty(), Optional.of(ActivityAction.LOGIN));
        assertThat(logs.count(logins)).isEqualTo(1);
        assertThat(logs.find(logins, 0, 10).get(0).actor()).isEqualTo(bob);
        assertThat(logs.count(ActivityLogFilter.all())).isEqualTo(6);
        assertThat(logs.find(ActivityLogFilter.all(), 0, 1).get(0).action())
                .isEqualTo(ActivityAction.LOGIN);
    }

    @Test
    void filtersByDateRangeFromIncludedToExcluded() {
        for (int day = 0; day < 4; day++) {
            logs.record(entry(admin, ActivityAction.UPDATE, now.minus(day, ChronoUnit.DAYS)));
        }
        ActivityLogFilter lastTwoDays =
                new ActivityLogFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(now.minus(1, ChronoUnit.DAYS)),
                        Optional.of(now));

        assertThat(logs.count(lastTwoDays)).isEqualTo(1);
        assertThat(logs.find(lastTwoDays, 0, 10))
                .extracting(ActivityLog::createdAt)
                .containsExactly(now.minus(1, ChronoUnit.DAYS));
        ActivityLogFilter since =
                new ActivityLogFilter(
                        Optional.of(admin.user()),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(now.minus(2, ChronoUnit.DAYS)),
                        Optional.empty());
        assertThat(logs.count(since)).isEqualTo(3);
    }
}
