package fr.enersolar.crm.domain.model.form;

import fr.enersolar.crm.domain.model.shared.ProductType;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The human code of a form: its product and a number padded to three digits ({@code PV-001}, {@code
 * PAC-012}, {@code ITE-1000}). Each product has its own sequence.
 */
public record FormCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]+)-(\\d{1,9})");

    /**
     * Accepts any case and padding ({@code pac-12}) and keeps the canonical form ({@code PAC-012}).
     */
    public FormCode {
        Objects.requireNonNull(value, "form code is required");
        Matcher m = FORMAT.matcher(value.trim().toUpperCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(2)) == 0) {
            throw new IllegalArgumentException("Not a form code (PV-001): " + value);
        }
        ProductType product;
        try {
            product = ProductType.parse(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a form code (PV-001): " + value, e);
        }
        value = format(product, Integer.parseInt(m.group(2)));
    }

    /** The code with this product and sequence number. */
    public static FormCode of(ProductType product, int number) {
        Objects.requireNonNull(product, "product is required");
        if (number < 1) {
            throw new IllegalArgumentException("form code numbers start at 1: " + number);
        }
        return new FormCode(format(product, number));
    }

    private static String format(ProductType product, int number) {
        String digits = Integer.toString(number);
        return product.name() + "-" + "000".substring(Math.min(3, digits.length())) + digits;
    }

    /** The product, which is also the code's prefix. */
    public ProductType product() {
        return ProductType.parse(value.substring(0, value.indexOf('-')));
    }

    public int number() {
        return Integer.parseInt(value.substring(value.indexOf('-') + 1));
    }

    @Override
    public String toString() {
        return value;
    }
}
