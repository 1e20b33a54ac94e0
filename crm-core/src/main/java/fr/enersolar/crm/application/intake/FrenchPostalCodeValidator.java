package fr.enersolar.crm.application.intake;

import fr.enersolar.crm.domain.model.shared.Departement;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link FrenchPostalCode}. */
public class FrenchPostalCodeValidator implements ConstraintValidator<FrenchPostalCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        String reason = problem(value.trim());
        if (reason == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(reason).addConstraintViolation();
        return false;
    }

    private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");

    /** Why the postal code is refused, or null. */
    static String problem(String code) {
        if (!FIVE_DIGITS.matcher(code).matches()) {
            return "Le code postal doit contenir 5 chiffres";
        }
        try {
            Departement.fromPostalCode(code);
            return null;
        } catch (IllegalArgumentException e) {
            return "Code postal inconnu";
        }
    }
}
