package fr.enersolar.crm.web.security;

import fr.enersolar.crm.domain.model.user.Section;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission an admin endpoint needs: a logged-in staff member who may open {@link #value()}
 * with at least {@link #access()}. On a method it replaces the one on its class. An endpoint of
 * {@code ApiApplication} with neither this nor {@link PublicEndpoint} is refused to everyone.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Requires {

    /** The section the endpoint belongs to. */
    Section value();

    /** What it does to that section. */
    Access access() default Access.READ;
}
