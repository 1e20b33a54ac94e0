package fr.enersolar.crm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.model.user.UserId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionTest {

    @Requires(Section.LEADS)
    static class Leads {
        public void read() {}

        @Requires(value = Section.LEADS, access = Access.WRITE)
        public void write() {}

        @Requires(value = Section.USERS, access = Access.ADMIN)
        public void admin() {}
    }

    static class Nothing {
        public void open() {}
    }

    @Test
    void theMethodsRuleWinsOverItsClasss() throws Exception {
        assertThat(rule(Leads.class, "read").access()).isEqualTo(Access.READ);
        assertThat(rule(Leads.class, "write").access()).isEqualTo(Access.WRITE);
        assertThat(rule(Nothing.class, "open").kind()).isEqualTo(Permission.Kind.UNDECLARED);
    }

    @Test
    void viewersReadEditorsWriteAdminsAdminister() throws Exception {
        StaffIdentity viewer = staff(Role.VIEWER, Role.VIEWER.defaultSections());
        StaffIdentity editor = staff(Role.EDITOR, Role.EDITOR.defaultSections());
        StaffIdentity admin = staff(Role.ADMIN, Role.ADMIN.defaultSections());

        assertThat(rule(Leads.class, "read").allows(viewer)).isTrue();
        assertThat(rule(Leads.class, "write").allows(viewer)).isFalse();
        assertThat(rule(Leads.class, "write").allows(editor)).isTrue();
        assertThat(rule(Leads.class, "admin").allows(editor)).isFalse();
        assertThat(rule(Leads.class, "admin").allows(admin)).isTrue();
    }

    @Test
    void aSectionTakenAwayClosesItEvenToAnAdmin() throws Exception {
        StaffIdentity admin = staff(Role.ADMIN, EnumSet.of(Section.DASHBOARD));

        assertThat(rule(Leads.class, "read").allows(admin)).isFalse();
    }

    @Test
    void undeclaredEndpointsAreClosedToEveryone() throws Exception {
        StaffIdentity admin = staff(Role.ADMIN, Role.ADMIN.defaultSections());

        assertThat(rule(Nothing.class, "open").allows(admin)).isFalse();
    }

    private static Permission rule(Class<?> type, String method) throws Exception {
        return Permission.of(type, type.getMethod(method));
    }

    private static StaffIdentity staff(Role role, Set<Section> sections) {
        return new StaffIdentity(UserId.generate(), "x@y.z", "X", role, sections);
    }
}
