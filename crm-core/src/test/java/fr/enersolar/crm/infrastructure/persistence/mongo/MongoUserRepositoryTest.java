package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.domain.model.user.DuplicateEmailException;
import fr.enersolar.crm.domain.model.user.Email;
import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.model.user.User;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.domain.model.user.UserRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoUserRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject UserRepository users;
    @Inject StoreIndexes indexes;
    @Inject MongoStore store;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        indexes.ensure(); // the unique e-mail index decides duplicates
    }

    private User user(String email, Role role) {
        return new User(
                UserId.generate(), new Email(email), "hash-" + email, "Nom", role, now, null);
    }

    private Document raw(User user) {
        return store.database()
                .getCollection("users")
                .find(new Document("_id", user.id().value()))
                .first();
    }

    @Test
    void findsAnAddedUserByIdWithEveryField() {
        UserId creator = UserId.generate();
        User user =
                new User(
                        UserId.generate(),
                        new Email("marie@enersolar.fr"),
                        "PBKDF2WithHmacSHA512:1000:c2Fs:aGFzaA==",
                        "Marie Curie",
                        Role.EDITOR,
                        now,
                        creator);

        users.add(user);

        User found = users.find(user.id()).orElseThrow();
        assertThat(found.id()).isEqualTo(user.id());
        assertThat(found.email()).isEqualTo(new Email("marie@enersolar.fr"));
        assertThat(found.passwordHash()).isEqualTo("PBKDF2WithHmacSHA512:1000:c2Fs:aGFzaA==");
        assertThat(found.nom()).isEqualTo("Marie Curie");
        assertThat(found.role()).isEqualTo(Role.EDITOR);
        assertThat(found.active()).isTrue();
        assertThat(found.sections()).isEqualTo(Role.EDITOR.defaultSections());
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(found.updatedAt()).isEqualTo(now);
        assertThat(found.deactivatedAt()).isNull();
        assertThat(raw(user).getString("created_by")).isEqualTo(creator.value());
    }

    @Test
    void findsNothingForAnUnknownIdOrEmail() {
        assertThat(users.find(UserId.generate())).isEmpty();
        assertThat(users.findByEmail(new Email("personne@enersolar.fr"))).isEmpty();
    }

    @Test
    void findsAUserByEmailWhateverTheCaseAndSpacesOfTheInput() {
        User user = user("Paul@EnerSolar.fr", Role.VIEWER);
        users.add(user);
        users.add(user("autre@enersolar.fr", Role.VIEWER));

        assertThat(users.findByEmail(new Email("  PAUL@enersolar.FR ")))
                .get()
                .extracting(User::id)
                .isEqualTo(user.id());
    }

    @Test
    void refusesASecondUserWithTheSameEmail() {
        users.add(user("admin@enersolar.local", Role.ADMIN));
        User twin = user("ADMIN@EnerSolar.local", Role.VIEWER);

        assertThatThrownBy(() -> users.add(twin))
                .isInstanceOf(DuplicateEmailException.class)
                .hasMessageContaining("admin@enersolar.local");
        assertThat(users.count()).isEqualTo(1);
        assertThat(users.find(twin.id())).isEmpty();
    }

    @Test
    void roundTripsThePermissionsMap() {
        User user = user("perm@enersolar.fr", Role.VIEWER);
        user.grant(EnumSet.of(Section.ACCOUNTS, Section.BILLING), now);
        users.add(user);

        User found = users.find(user.id()).orElseThrow();

        assertThat(found.sections()).containsExactlyInAnyOrder(Section.ACCOUNTS, Section.BILLING);
        Document permissions = raw(user).get("permissions", Document.class);
        assertThat(permissions).hasSize(Section.values().length);
        assertThat(permissions.getBoolean("accounts")).isTrue();
        assertThat(permissions.getBoolean("leads")).isFalse();
    }

    @Test
    void storePersistsARoleChangeWithTheNewRoleDefaults() {
        User user = user("role@enersolar.fr", Role.VIEWER);
        user.grant(EnumSet.of(Section.USERS), now);
        users.add(user);

        user.changeRole(Role.EDITOR, now.plusSeconds(1));
        users.store(user);

        assertThat(users.find(user.id()).orElseThrow().sections())
                .isEqualTo(Role.EDITOR.defaultSections());
    }

    @Test
    void storePersistsADeactivation() {
        User user = user("parti@enersolar.fr", Role.EDITOR);
        users.add(user);
        Instant leftAt = now.plusSeconds(3600);

        user.deactivate(leftAt);
        users.store(user);

        User found = users.find(user.id()).orElseThrow();
        assertThat(found.active()).isFalse();
        assertThat(found.deactivatedAt()).isEqualTo(leftAt);
        assertThat(found.updatedAt()).isEqualTo(leftAt);
        assertThat(found.mayOpen(Section.DASHBOARD)).isFalse();
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void storePersistsAReactivation() {
        User user = user("revenu@enersolar.fr", Role.EDITOR);
        user.deactivate(now);
        users.add(user);

        user.reactivate(now.plusSeconds(60));
        users.store(user);

        User found = users.find(user.id()).orElseThrow();
        assertThat(found.active()).isTrue();
        assertThat(found.deactivatedAt()).isNull();
        assertThat(found.mayOpen(Section.DASHBOARD)).isTrue();
    }

    @Test
    void allPagesThroughTheUsersSortedByEmail() {
        for (String email : new String[] {"d@x.fr", "b@x.fr", "e@x.fr", "a@x.fr", "c@x.fr"}) {
            users.add(user(email, Role.VIEWER));
        }

        assertThat(users.all(0, 2))
                .extracting(u -> u.email().value())
                .containsExactly("a@x.fr", "b@x.fr");
        assertThat(users.all(2, 2))
                .extracting(u -> u.email().value())
                .containsExactly("c@x.fr", "d@x.fr");
        assertThat(users.all(4, 2)).extracting(u -> u.email().value()).containsExactly("e@x.fr");
        assertThat(users.all(5, 2)).isEmpty();
        assertThat(users.count()).isEqualTo(5);
    }

    @Test
    void storesDatesAsBsonDates() {
        User user = user("dates@enersolar.fr", Role.ADMIN);
        users.add(user);
        user.deactivate(now.plusMillis(1234));
        users.store(user);

        Document doc = raw(user);

        assertThat(doc.get("created_at")).isInstanceOf(Date.class).isEqualTo(Date.from(now));
        assertThat(doc.get("updated_at")).isInstanceOf(Date.class);
        assertThat(doc.get("deactivated_at"))
                .isInstanceOf(Date.class)
                .isEqualTo(Date.from(now.plusMillis(1234)));
        User found = users.find(user.id()).orElseThrow();
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(found.deactivatedAt()).isEqualTo(now.plusMillis(1234));
    }
}
