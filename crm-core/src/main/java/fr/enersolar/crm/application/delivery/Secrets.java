package fr.enersolar.crm.application.delivery;

import java.util.Optional;

/** Keys shown to staff: {@code ****} and the last 4 characters, never in clear. */
public final class Secrets {

    private Secrets() {}

    /** {@code ****} + the last 4 characters (all of a key of 4 characters or fewer is hidden). */
    public static String masked(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        return key.length() <= 4 ? "****" : "****" + key.substring(key.length() - 4);
    }

    /** {@code text} with every occurrence of {@code key} masked. */
    public static String mask(String text, Optional<String> key) {
        if (text == null) {
            return "";
        }
        if (key.isEmpty() || key.get().length() < 4) {
            return text;
        }
        return text.replace(key.get(), masked(key.get()));
    }
}
