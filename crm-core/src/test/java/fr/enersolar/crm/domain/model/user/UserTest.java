package fr.enersolar.crm.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserTest {

    private final Instant created = Instant.parse("2025-03-01T08:00:00Z");
    private final Instant later = created.plusSeconds(60);

    private User user(Role role) {
        return new User(
                UserId.generate(),
                new Email("  Marie@EnerSolar.fr "),
                "hash",
                "  Marie  ",
                role,
                created,
                null);
    }

    @Test
    void aNewUserIsActiveWithItsRoleDefaults() {
        User user = user(Role.EDITOR);

        assertThat(user.active()).isTrue();
        assertThat(user.email().value()).isEqualTo("marie@enersolar.fr");
        assertThat(user.nom()).isEqualTo("Marie");
        assertThat(user.sections()).isEqualTo(Role.EDITOR.defaultSections());
        assertThat(user.updatedAt()).isEqualTo(created);
        assertThat(user.deactivatedAt()).isNull();
    }

    @Test
    void mayOpenExactlyTheRoleDefaultsWhenNothingWasGranted() {
        User viewer = user(Role.VIEWER);

        assertThat(viewer.mayOpen(Section.LEADS)).isTrue();
        assertThat(viewer.mayOpen(Section.ACCOUNTS)).isFalse();
        assertThat(viewer.mayOpen(Section.USERS)).isFalse();
    }

    @Test
    void grantOverridesTheRoleDefaults() {
        User viewer = user(Role.VIEWER);

        viewer.grant(EnumSet.of(Section.ACCOUNTS, Section.USERS), later);

        assertThat(viewer.sections()).containsExactlyInAnyOrder(Section.ACCOUNTS, Section.USERS);
        assertThat(viewer.mayOpen(Section.USERS)).isTrue();
        assertThat(viewer.mayOpen(Section.LEADS)).isFalse();
        assertThat(viewer.updatedAt()).isEqualTo(later);
    }

    @Test
    void grantCanTakeSectionsAwayFromAnAdmin() {
        User admin = user(Role.ADMIN);

        admin.grant(EnumSet.noneOf(Section.class), later);

        assertThat(admin.sections()).isEmpty();
        assertThat(admin.mayOpen(Section.DASHBOARD)).isFalse();
    }

    @Test
    void changeRoleResetsThePermissionsToTheNewRoleDefaults() {
        User user = user(Role.VIEWER);
        user.grant(EnumSet.of(Section.SETTINGS), later);

        user.changeRole(Role.EDITOR, later.plusSeconds(1));

        assertThat(user.role()).isEqualTo(Role.EDITOR);
        assertThat(user.sections()).isEqualTo(Role.EDITOR.defaultSections());
        assertThat(user.mayOpen(Section.SETTINGS)).isFalse();
        assertThat(user.updatedAt()).isEqualTo(later.plusSeconds(1));
    }

    @Test
    void aDeactivatedUserMayOpenNothing() {
        User admin = user(Role.ADMIN);

        admin.deactivate(later);

        assertThat(admin.active()).isFalse();
        assertThat(admin.deactivatedAt()).isEqualTo(later);
        for (Section section : Section.values()) {
            assertThat(admin.mayOpen(section)).as(section.key()).isFalse();
        }
    }

    @Test
    void aReactivatedUserMayOpenItsSectionsAgain() {
        User admin = user(Role.ADMIN);
        admin.deactivate(later);

        admin.reactivate(later.plusSeconds(1));

        assertThat(admin.active()).isTrue();
        assertThat(admin.deactivatedAt()).isNull();
        assertThat(admin.mayOpen(Section.USERS)).isTrue();
    }
}
