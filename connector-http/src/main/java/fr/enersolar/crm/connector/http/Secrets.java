package fr.enersolar.crm.connector.http;

/** Masks partner keys in what the timeline records. */
final class Secrets {

    private static final String MASK = "****";
    private static final int SHOWN = 4;
    private static final int SHOWN_FROM_LENGTH = 12;

    private Secrets() {}

    /**
     * A key as the timeline shows it: its last four characters when it is long enough for that to
     * give nothing away (so staff can tell which key was used), else nothing.
     */
    static String mask(String secret) {
        if (secret.length() < SHOWN_FROM_LENGTH) {
            return MASK;
        }
        return MASK + secret.substring(secret.length() - SHOWN);
    }

    /** The text with every occurrence of the secret masked (a partner may echo the key). */
    static String maskIn(String text, String secret) {
        if (secret.isEmpty() || !text.contains(secret)) {
            return text;
        }
        return text.replace(secret, mask(secret));
    }
}
