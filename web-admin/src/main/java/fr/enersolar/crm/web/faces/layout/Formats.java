package fr.enersolar.crm.web.faces.layout;

import fr.enersolar.crm.application.dashboard.Dashboard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Dates as the staff read them: Paris time, day first ({@code #{formats.dateTime(at)}}). */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Dashboard.BUSINESS_ZONE);
    private static final DateTimeFormatter DATE_TIME_SECONDS =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(Dashboard.BUSINESS_ZONE);

    /** {@code 24/11/2026 10:05}; empty for no date. */
    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    /** {@code 24/11/2026 10:05:31}; empty for no date. */
    public String precise(Instant at) {
        return at == null ? "" : DATE_TIME_SECONDS.format(at);
    }
}
