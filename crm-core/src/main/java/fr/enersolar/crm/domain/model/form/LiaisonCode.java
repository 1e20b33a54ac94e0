package fr.enersolar.crm.domain.model.form;

import fr.enersolar.crm.domain.model.lp.LpCode;
import java.util.Objects;

/**
 * Ties a form submission to the landing page that sent the visitor: {@code <LP code>_<form code>},
 * for example {@code LP-004_PAC-002}.
 */
public record LiaisonCode(LpCode lp, FormCode form) {

    public LiaisonCode {
        Objects.requireNonNull(lp, "LP code is required");
        Objects.requireNonNull(form, "form code is required");
    }

    /**
     * Reads {@code LP-004_PAC-002}.
     *
     * @throws IllegalArgumentException when either half is not a valid code
     */
    public static LiaisonCode parse(String value) {
        Objects.requireNonNull(value, "liaison code is required");
        int separator = value.indexOf('_');
        if (separator < 0) {
            throw new IllegalArgumentException("Not a liaison code (LP-001_PV-001): " + value);
        }
        return new LiaisonCode(
                new LpCode(value.substring(0, separator)),
                new FormCode(value.substring(separator + 1)));
    }

    /** The stored and transmitted form. */
    public String value() {
        return lp.value() + "_" + form.value();
    }

    @Override
    public String toString() {
        return value();
    }
}
