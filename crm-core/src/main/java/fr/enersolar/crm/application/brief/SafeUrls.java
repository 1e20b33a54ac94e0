package fr.enersolar.crm.application.brief;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which stored URLs a generated script may send a visitor to: absolute {@code http}/{@code https}
 * URLs, protocol-relative ones ({@code //host/path}) and relative references ({@code /merci},
 * {@code merci.html}, {@code ?ok=1}). Any other scheme ({@code javascript:}, {@code data:}, {@code
 * vbscript:}, {@code mailto:}…) is refused, and so is anything a browser would rewrite before
 * reading the scheme: spaces, control and format characters (browsers drop tabs and line breaks
 * inside URLs, so {@code java\tscript:} would run), and backslashes (read as {@code /}).
 */
public final class SafeUrls {

    /** The longest URL a brief writes; longer ones are refused. */
    static final int MAX_LENGTH = 2048;

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
    private static final Pattern ABSOLUTE_HTTP =
            Pattern.compile("^https?://[^/?#]+.*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private SafeUrls() {}

    /** The URL, trimmed, when a script may navigate to it; empty when it is blank or refused. */
    public static Optional<String> navigable(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH || !plain(trimmed)) {
            return Optional.empty();
        }
        var scheme = SCHEME.matcher(trimmed);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("http") && !name.equals("https")) {
                return Optional.empty();
            }
            return ABSOLUTE_HTTP.matcher(trimmed).matches()
                    ? Optional.of(trimmed)
                    : Optional.empty();
        }
        return Optional.of(trimmed);
    }

    /**
     * An absolute {@code http}/{@code https} URL without a query or fragment, without its trailing
     * slashes; empty otherwise. The base URL of the API in the scripts.
     */
    public static Optional<String> absoluteBase(String url) {
        return navigable(url)
                .filter(u -> ABSOLUTE_HTTP.matcher(u).matches())
                .filter(u -> u.indexOf('?') < 0 && u.indexOf('#') < 0)
                .map(u -> u.replaceAll("/+$", ""));
    }

    /** No whitespace, control, format or separator character, no backslash. */
    private static boolean plain(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            int type = Character.getType(c);
            if (c <= 0x20
                    || c == 0x7F
                    || c == '\\'
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return false;
            }
        }
        return true;
    }
}
