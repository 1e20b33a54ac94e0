package fr.enersolar.crm.application.intake;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A French phone number as {@code FrenchPhones} reads it; the violation says why it is refused. */
@Documented
@Constraint(validatedBy = FrenchPhoneValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface FrenchPhone {
    String message() default "Le téléphone n'est pas valide";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
