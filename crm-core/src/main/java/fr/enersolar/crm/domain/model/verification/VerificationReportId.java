package fr.enersolar.crm.domain.model.verification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies a {@link VerificationReport} by the second its run started, as the seed did: {@code
 * report_20260210_030000} (UTC). One run per second at most; a lease makes runs exclusive.
 */
public record VerificationReportId(String value) {

    private static final Pattern FORMAT = Pattern.compile("report_\\d{8}_\\d{6}");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("'report_'yyyyMMdd'_'HHmmss").withZone(ZoneOffset.UTC);

    public VerificationReportId {
        Objects.requireNonNull(value, "report id is required");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "Not a report id (report_20260210_030000): " + value);
        }
    }

    /** The id of the run started at {@code runAt}. */
    public static VerificationReportId of(Instant runAt) {
        return new VerificationReportId(STAMP.format(runAt));
    }

    @Override
    public String toString() {
        return value;
    }
}
