package fr.enersolar.crm.application.intake;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Empty, or a French postal code of five digits that belongs to a known département (overseas ones
 * included: being out of the served area is a diagnosis, not a malformed code).
 */
@Documented
@Constraint(validatedBy = FrenchPostalCodeValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface FrenchPostalCode {
    String message() default "Code postal invalide";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
