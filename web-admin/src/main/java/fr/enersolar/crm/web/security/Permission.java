package fr.enersolar.crm.web.security;

import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.domain.model.user.Section;
import java.lang.reflect.Method;

/**
 * The rule of one endpoint, read from its annotations (the method's first, then its class's).
 *
 * @param kind public, any staff member, a section with an access level, or nobody
 * @param section the section, for {@link Kind#SECTION}
 * @param access the access level, for {@link Kind#SECTION}
 */
public record Permission(Kind kind, Section section, Access access) {

    /** The kinds of rule. */
    public enum Kind {
        PUBLIC,
        ANY_STAFF,
        SECTION,
        /** No rule was declared: refused to everyone. */
        UNDECLARED
    }

    /** The rule of a resource method. */
    public static Permission of(Class<?> type, Method method) {
        Permission declared =
                declaredOn(
                        method.getAnnotation(PublicEndpoint.class) != null,
                        method.getAnnotation(AnyStaff.class) != null,
                        method.getAnnotation(Requires.class));
        if (declared != null) {
            return declared;
        }
        declared =
                declaredOn(
                        type.getAnnotation(PublicEndpoint.class) != null,
                        type.getAnnotation(AnyStaff.class) != null,
                        type.getAnnotation(Requires.class));
        return declared != null ? declared : new Permission(Kind.UNDECLARED, null, null);
    }

    private static Permission declaredOn(boolean isPublic, boolean anyStaff, Requires requires) {
        int count = (isPublic ? 1 : 0) + (anyStaff ? 1 : 0) + (requires != null ? 1 : 0);
        if (count > 1) {
            throw new IllegalStateException("an endpoint declares one permission rule only");
        }
        if (isPublic) {
            return new Permission(Kind.PUBLIC, null, null);
        }
        if (anyStaff) {
            return new Permission(Kind.ANY_STAFF, null, null);
        }
        if (requires != null) {
            return new Permission(Kind.SECTION, requires.value(), requires.access());
        }
        return null;
    }

    public boolean isPublic() {
        return kind == Kind.PUBLIC;
    }

    /** Whether this staff member passes the rule. */
    public boolean allows(StaffIdentity staff) {
        return switch (kind) {
            case PUBLIC, ANY_STAFF -> true;
            case UNDECLARED -> false;
            case SECTION ->
                    switch (access) {
                        case READ -> staff.mayRead(section);
                        case WRITE -> staff.mayWrite(section);
                        case ADMIN -> staff.mayAdminister(section);
                    };
        };
    }

    /** The French reason given with a 403. */
    public String refusal() {
        if (kind == Kind.SECTION && access == Access.ADMIN) {
            return "Accès admin requis";
        }
        if (kind == Kind.SECTION) {
            return "Accès refusé : section « "
                    + section.key()
                    + " »"
                    + (access == Access.WRITE ? " en lecture seule" : " non autorisée");
        }
        return "Accès refusé";
    }
}
