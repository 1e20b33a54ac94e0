package fr.enersolar.crm.infrastructure.connector;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Orders connector versions: dot- or dash-separated parts compared one by one, numbers as numbers,
 * text as text; a number is newer than text ({@code 1.2.0} beats {@code 1.2.0-SNAPSHOT}, {@code
 * 1.10} beats {@code 1.9}); {@code unknown} is older than any version.
 */
final class ConnectorVersions {

    static final Comparator<String> ORDER = ConnectorVersions::compare;

    private static final Pattern SEPARATORS = Pattern.compile("[.\\-+_]");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private ConnectorVersions() {}

    static int compare(String a, String b) {
        boolean aUnknown = a == null || a.isBlank() || a.equals("unknown");
        boolean bUnknown = b == null || b.isBlank() || b.equals("unknown");
        if (aUnknown || bUnknown) {
            return Boolean.compare(bUnknown, aUnknown);
        }
        String[] x = SEPARATORS.split(a.trim());
        String[] y = SEPARATORS.split(b.trim());
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length) {
                return isNumber(y[i]) ? -1 : 1;
            }
            if (i >= y.length) {
                return isNumber(x[i]) ? 1 : -1;
            }
            int c = comparePart(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int comparePart(String x, String y) {
        boolean xn = isNumber(x);
        boolean yn = isNumber(y);
        if (xn && yn) {
            return Long.compare(Long.parseLong(x), Long.parseLong(y));
        }
        if (xn != yn) {
            return xn ? 1 : -1;
        }
        return x.compareToIgnoreCase(y);
    }

    private static boolean isNumber(String part) {
        return DIGITS.matcher(part).matches();
    }
}
