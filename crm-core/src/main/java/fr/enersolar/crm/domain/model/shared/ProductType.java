package fr.enersolar.crm.domain.model.shared;

import java.util.Locale;

/**
 * What a lead is about: the three home-energy renovations the operator sells. The code is the
 * seed's wire value ({@code PV}, {@code PAC}, {@code ITE}) and the prefix of form codes.
 */
public enum ProductType {
    /** Photovoltaic panels. */
    PV,
    /** Heat pump (<em>pompe à chaleur</em>). */
    PAC,
    /** External wall insulation (<em>isolation thermique par l'extérieur</em>). */
    ITE;

    /**
     * The product named by {@code code}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException when it is not PV, PAC or ITE
     */
    public static ProductType parse(String code) {
        if (code != null) {
            String normalised = code.trim().toUpperCase(Locale.ROOT);
            for (ProductType type : values()) {
                if (type.name().equals(normalised)) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException(
                "Unknown product type: " + code + " (expected PV, PAC or ITE)");
    }
}
