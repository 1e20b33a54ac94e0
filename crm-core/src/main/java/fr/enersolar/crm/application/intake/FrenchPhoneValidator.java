package fr.enersolar.crm.application.intake;

import fr.enersolar.crm.domain.service.FrenchPhones;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link FrenchPhone} with {@link FrenchPhones} and reports its reason as the message. */
public class FrenchPhoneValidator implements ConstraintValidator<FrenchPhone, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (FrenchPhones.check(value) instanceof FrenchPhones.Invalid invalid) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(escape(invalid.reason()))
                    .addConstraintViolation();
            return false;
        }
        return true;
    }

    /** Message templates interpret braces; reasons are plain text. */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
