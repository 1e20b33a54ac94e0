package fr.enersolar.crm.web.faces.security;

import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.security.Access;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a backing bean's action needs, checked by {@link ActionGuard} when the action
 * runs, whatever the page showed: a page open to readers may hold actions for writers or
 * administrators (the same {@link Access} levels as the API's {@code @Requires}).
 */
@Documented
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ActionRequires {

    /** The section the action changes. */
    @Nonbinding
    Section value() default Section.DASHBOARD;

    /** What it does to that section. */
    @Nonbinding
    Access access() default Access.WRITE;
}
