package fr.enersolar.crm.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

    @Test
    void parsesEachRoleKeyIgnoringCaseAndSpaces() {
        assertThat(Role.parse("admin")).isEqualTo(Role.ADMIN);
        assertThat(Role.parse("Editor")).isEqualTo(Role.EDITOR);
        assertThat(Role.parse(" VIEWER ")).isEqualTo(Role.VIEWER);
    }

    @Test
    void parsesTheKeyItWrites() {
        for (Role role : Role.values()) {
            assertThat(Role.parse(role.key())).isEqualTo(role);
        }
        assertThat(Role.ADMIN.key()).isEqualTo("admin");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "superadmin", "administrateur", "user"})
    void rejectsAnUnknownRole(String key) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Role.parse(key))
                .withMessageContaining("admin, editor or viewer");
    }

    @Test
    void adminOpensEverySection() {
        assertThat(Role.ADMIN.defaultSections()).isEqualTo(EnumSet.allOf(Section.class));
    }

    @Test
    void editorOpensEverythingButCommandesSettingsUsersAndConnectors() {
        assertThat(Role.EDITOR.defaultSections())
                .isEqualTo(
                        EnumSet.complementOf(
                                EnumSet.of(
                                        Section.COMMANDES,
                                        Section.SETTINGS,
                                        Section.USERS,
                                        Section.CONNECTORS)));
    }

    @Test
    void viewerOpensNeitherWhatEditorLacksNorAccounts() {
        assertThat(Role.VIEWER.defaultSections())
                .doesNotContain(
                        Section.ACCOUNTS,
                        Section.COMMANDES,
                        Section.SETTINGS,
                        Section.USERS,
                        Section.CONNECTORS)
                .contains(
                        Section.DASHBOARD,
                        Section.LPS,
                        Section.FORMS,
                        Section.LEADS,
                        Section.DEPARTEMENTS);
        assertThat(Role.EDITOR.defaultSections()).containsAll(Role.VIEWER.defaultSections());
    }

    @Test
    void defaultSectionsAreACopyTheCallerCannotUseToChangeTheRole() {
        Role.VIEWER.defaultSections().add(Section.USERS);

        assertThat(Role.VIEWER.defaultSections()).doesNotContain(Section.USERS);
    }
}
