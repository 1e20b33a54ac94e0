package fr.enersolar.crm.web.edge;

import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;

/**
 * Refuses request bodies over 64 KiB with 413: at once when {@code Content-Length} says so,
 * otherwise (chunked bodies, or a length that lied) as soon as the 64 KiB + 1st byte is read. No
 * lead or tracking event comes near that size; the limit keeps a flood of large bodies from costing
 * memory.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class BodySizeLimit implements ContainerRequestFilter {

    /** 64 KiB. */
    public static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredTooLarge(length.trim())) {
            request.abortWith(ErrorResponses.tooLarge());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(
                    new LimitedInputStream(
                            request.getEntityStream(),
                            MAX_BYTES,
                            RequestBodyTooLargeException::new));
        }
    }

    private static final Pattern DIGITS = Pattern.compile("\\d{1,19}");

    private static boolean declaredTooLarge(String length) {
        if (!DIGITS.matcher(length).matches()) {
            return false; // the container itself refuses a malformed length
        }
        try {
            return Long.parseLong(length) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return true; // more digits than a long holds
        }
    }
}
