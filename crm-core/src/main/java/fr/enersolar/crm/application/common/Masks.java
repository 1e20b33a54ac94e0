package fr.enersolar.crm.application.common;

/** How secrets are shown once saved: {@code ****} and the last four characters. */
public final class Masks {

    /** The mask alone, for values too short to show any of. */
    public static final String MASK = "****";

    private Masks() {}

    /**
     * A secret as answers and the activity log show it: {@code ****} + its last four characters, or
     * {@code ****} alone when it has fewer than eight (showing four would give half of it away).
     */
    public static String mask(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "";
        }
        return secret.length() < 8 ? MASK : MASK + secret.substring(secret.length() - 4);
    }

    /** True when a value sent back is a mask rather than a new secret. */
    public static boolean isMask(String value) {
        return value != null && value.startsWith(MASK);
    }
}
