package fr.enersolar.crm.application.brief;

/**
 * Escapes a stored value for the one place of a brief where it is written, so that no name, URL,
 * code or text typed by staff can end a string, a comment or an element and run as script on the
 * page the brief is pasted into (SPEC-seed §20 lists the seed's verbatim embedding as a defect).
 *
 * <ul>
 *   <li>{@link #jsString}: a JavaScript string literal, ASCII only, that can also sit inside an
 *       HTML {@code <script>} element: {@code <}, {@code >} and {@code &} are written as {@code
 *       \}{@code u003C}…, so {@code </script>} and {@code <!--} can never appear;
 *   <li>{@link #html}: HTML text or a quoted attribute value, and the inside of an HTML comment
 *       ({@code -->} cannot appear once {@code >} is escaped);
 *   <li>{@link #htmlLines}: HTML text whose line breaks become {@code <br>}.
 * </ul>
 *
 * URLs are checked before they are escaped: see {@link SafeUrls}.
 */
public final class BriefEscapes {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private BriefEscapes() {}

    /**
     * {@code value} as a double-quoted JavaScript string literal (quotes included); {@code null} is
     * the empty string. Every character outside printable ASCII is a {@code \}{@code uXXXX} escape
     * (line and paragraph separators included, which end a line in older JavaScript), so the result
     * survives any page encoding.
     */
    public static String jsString(String value) {
        String s = value == null ? "" : value;
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7E || c == '<' || c == '>' || c == '&' || c == '\'') {
                        unicode(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A JavaScript boolean literal. */
    public static String jsBoolean(boolean value) {
        return value ? "true" : "false";
    }

    /**
     * {@code value} as HTML text, safe in element content, in a double- or single-quoted attribute
     * and inside an HTML comment; {@code null} is empty.
     */
    public static String html(String value) {
        String s = value == null ? "" : value;
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\0' -> out.append("&#xFFFD;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@link #html} with each line break ({@code \n}, {@code \r\n} or {@code \r}) as {@code <br>}.
     */
    public static String htmlLines(String value) {
        String s = value == null ? "" : value;
        return html(s.replace("\r\n", "\n").replace('\r', '\n')).replace("\n", "<br>\n");
    }

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u")
                .append(HEX[(c >> 12) & 0xF])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }
}
