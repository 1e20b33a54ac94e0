package fr.enersolar.crm.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint anyone may call without a staff session: the public and v1 endpoints of SPEC-seed
 * §5.1 and §5.2 (the v1 key is checked by the endpoint itself), health, login. Marked explicitly so
 * that forgetting {@link Requires} closes an endpoint instead of opening it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicEndpoint {}
