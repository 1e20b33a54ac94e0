package fr.enersolar.crm.web.faces.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionGuardTest {

    /** A bean with actions of each level. */
    @ActionRequires(Section.LEADS)
    static class Actions {
        public String write() {
            return "written";
        }

        @ActionRequires(value = Section.SETTINGS, access = Access.ADMIN)
        public String administer() {
            return "administered";
        }
    }

    private static Object run(Role role, Set<Section> sections, String action) throws Exception {
        ActionGuard guard = new ActionGuard();
        StaffIdentity identity =
                role == null
                        ? null
                        : new StaffIdentity(UserId.generate(), "a@b.fr", "A", role, sections);
        guard.staff =
                new CurrentStaff() {
                    @Override
                    public Optional<StaffIdentity> identity() {
                        return Optional.ofNullable(identity);
                    }
                };
        Actions target = new Actions();
        Method method = Actions.class.getMethod(action);
        return guard.check(new Invocation(target, method));
    }

    @Test
    void runsTheActionForAStaffMemberItAllows() throws Exception {
        assertThat(run(Role.EDITOR, Set.of(Section.LEADS), "write")).isEqualTo("written");
        assertThat(run(Role.ADMIN, Set.of(Section.SETTINGS), "administer"))
                .isEqualTo("administered");
    }

    @Test
    void refusesViewersWritesAndNonAdministratorsAdminActions() {
        assertThatThrownBy(() -> run(Role.VIEWER, Set.of(Section.LEADS), "write"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Accès refusé : section « leads » en lecture seule");
        assertThatThrownBy(() -> run(Role.EDITOR, Set.of(Section.SETTINGS), "administer"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Accès admin requis");
        assertThatThrownBy(() -> run(Role.ADMIN, Set.of(Section.DASHBOARD), "administer"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(null, Set.of(), "write"))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The smallest invocation context: the method and its target. */
    private record Invocation(Object target, Method method) implements InvocationContext {
        @Override
        public Object getTarget() {
            return target;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {}

        @Override
        public Map<String, Object> getContextData() {
            return Map.of();
        }

        @Override
        public Object proceed() throws Exception {
            return method.invoke(target);
        }
    }
}
