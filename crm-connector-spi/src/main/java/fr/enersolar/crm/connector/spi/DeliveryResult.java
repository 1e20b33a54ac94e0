package fr.enersolar.crm.connector.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How one delivery attempt ended, classified so that the application knows what to do next, with
 * what the lead's timeline shows: the request as sent (secrets masked), the partner's response or
 * the error, the HTTP status, the partner's reference for the lead, and how long it took.
 *
 * <p>The {@linkplain Outcome outcome} drives the application; the {@linkplain #reason() reason}
 * says more precisely why, in the vocabulary of the lead statuses (constants {@code REASON_*}).
 *
 * <p>Texts longer than {@link #MAX_TEXT_LENGTH} characters are cut, so a partner answering a
 * megabyte of HTML never bloats a lead.
 *
 * @since 1.0
 */
public final class DeliveryResult {

    /**
     * The classes of answers the application acts on.
     *
     * @since 1.0
     */
    public enum Outcome {
        /** The partner took the lead. Final. */
        ACCEPTED,
        /** The partner already had this lead ("doublon"): it counts as delivered. Final. */
        DUPLICATE,
        /** The partner refused the lead itself (validation error, unexpected answer). Final. */
        REJECTED,
        /** The partner refused the key. Final for this lead; staff must fix the key. */
        AUTH_FAILED,
        /**
         * The attempt failed for a reason that may pass (server error, timeout, connection
         * refused): the application tries again later.
         */
        RETRYABLE;

        /**
         * Whether the partner has the lead after this outcome.
         *
         * @return true for {@link #ACCEPTED} and {@link #DUPLICATE}
         */
        public boolean delivered() {
            return this == ACCEPTED || this == DUPLICATE;
        }

        /**
         * Whether another attempt may succeed.
         *
         * @return true for {@link #RETRYABLE}
         */
        public boolean retryable() {
            return this == RETRYABLE;
        }
    }

    /** Reason for {@link Outcome#ACCEPTED}. */
    public static final String REASON_SUCCESS = "success";

    /** Reason for {@link Outcome#DUPLICATE}. */
    public static final String REASON_DUPLICATE = "duplicate";

    /** A {@link Outcome#REJECTED} lead the partner found invalid (HTTP 400). */
    public static final String REASON_VALIDATION_ERROR = "validation_error";

    /** A {@link Outcome#REJECTED} lead for any other final answer (such as 200 or 404). */
    public static final String REASON_FAILED = "failed";

    /** Reason for {@link Outcome#AUTH_FAILED} (HTTP 401 or 403). */
    public static final String REASON_AUTH_ERROR = "auth_error";

    /** A {@link Outcome#RETRYABLE} server error (HTTP 5xx). */
    public static final String REASON_SERVER_ERROR = "server_error";

    /** A {@link Outcome#RETRYABLE} answer asking to slow down (HTTP 429). */
    public static final String REASON_RATE_LIMITED = "rate_limited";

    /** A {@link Outcome#RETRYABLE} attempt that got no answer in time. */
    public static final String REASON_TIMEOUT = "timeout";

    /** A {@link Outcome#RETRYABLE} attempt that could not reach the partner. */
    public static final String REASON_CONNECTION_ERROR = "connection_error";

    /** A {@link Outcome#RETRYABLE} attempt that failed inside the connector itself. */
    public static final String REASON_ERROR = "error";

    /** The longest {@link #request()} and {@link #response()} kept, in characters. */
    public static final int MAX_TEXT_LENGTH = 4000;

    private static final String CUT_MARK = "… [tronqué]";

    private final Outcome outcome;
    private final String reason;
    private final int httpStatus;
    private final String partnerReference;
    private final String request;
    private final String response;
    private final Duration duration;

    private DeliveryResult(Builder builder) {
        this.outcome = builder.outcome;
        this.reason = builder.reason;
        this.httpStatus = builder.httpStatus;
        this.partnerReference = builder.partnerReference;
        this.request = cut(builder.request);
        this.response = cut(builder.response);
        this.duration = builder.duration;
    }

    /**
     * Starts a result with the outcome's usual reason ({@link #REASON_SUCCESS}, {@link
     * #REASON_DUPLICATE}, {@link #REASON_FAILED}, {@link #REASON_AUTH_ERROR} or {@link
     * #REASON_ERROR}).
     *
     * @param outcome the class of the answer
     * @return a builder
     */
    public static Builder builder(Outcome outcome) {
        return new Builder(outcome);
    }

    /**
     * The class of the answer.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Why, more precisely: one of the {@code REASON_*} constants for the connectors shipped with
     * the application; another connector may use its own lower-case code.
     *
     * @return the reason code
     */
    public String reason() {
        return reason;
    }

    /**
     * The HTTP status the partner answered.
     *
     * @return the status, or empty when no answer came (timeout, connection error) or the connector
     *     does not speak HTTP
     */
    public OptionalInt httpStatus() {
        return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /**
     * The partner's own reference for the lead, when its answer carried one.
     *
     * @return the reference, or empty
     */
    public Optional<String> partnerReference() {
        return Optional.ofNullable(partnerReference);
    }

    /**
     * The request as sent, for the timeline, with every secret masked.
     *
     * @return the request text, possibly empty, at most {@link #MAX_TEXT_LENGTH} characters
     */
    public String request() {
        return request;
    }

    /**
     * The partner's answer as received (JSON, HTML, plain text), or the error text when there was
     * no answer; secrets masked.
     *
     * @return the response text, possibly empty, at most {@link #MAX_TEXT_LENGTH} characters
     */
    public String response() {
        return response;
    }

    /**
     * How long the attempt took.
     *
     * @return the duration, zero or more
     */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return "DeliveryResult["
                + outcome
                + ", "
                + reason
                + (httpStatus < 0 ? "" : ", HTTP " + httpStatus)
                + ", "
                + duration.toMillis()
                + " ms]";
    }

    private static String cut(String text) {
        if (text.length() <= MAX_TEXT_LENGTH) {
            return text;
        }
        return text.substring(0, MAX_TEXT_LENGTH - CUT_MARK.length()) + CUT_MARK;
    }

    /**
     * Builds a {@link DeliveryResult}.
     *
     * @since 1.0
     */
    public static final class Builder {
        private final Outcome outcome;
        private String reason;
        private int httpStatus = -1;
        private String partnerReference;
        private String request = "";
        private String response = "";
        private Duration duration = Duration.ZERO;

        private Builder(Outcome outcome) {
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            this.reason =
                    switch (outcome) {
                        case ACCEPTED -> REASON_SUCCESS;
                        case DUPLICATE -> REASON_DUPLICATE;
                        case REJECTED -> REASON_FAILED;
                        case AUTH_FAILED -> REASON_AUTH_ERROR;
                        case RETRYABLE -> REASON_ERROR;
                    };
        }

        /**
         * Sets the reason code.
         *
         * @param reason a {@code REASON_*} constant or another lower-case code, not blank
         * @return this builder
         */
        public Builder reason(String reason) {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason must not be blank");
            }
            this.reason = reason;
            return this;
        }

        /**
         * Sets the HTTP status the partner answered.
         *
         * @param status a status code from 100 to 599
         * @return this builder
         */
        public Builder httpStatus(int status) {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("Not an HTTP status: " + status);
            }
            this.httpStatus = status;
            return this;
        }

        /**
         * Sets the partner's reference for the lead.
         *
         * @param reference the reference; {@code null} or blank for none
         * @return this builder
         */
        public Builder partnerReference(String reference) {
            this.partnerReference = reference == null || reference.isBlank() ? null : reference;
            return this;
        }

        /**
         * Sets the request as sent, secrets already masked.
         *
         * @param request the text; {@code null} for none
         * @return this builder
         */
        public Builder request(String request) {
            this.request = request == null ? "" : request;
            return this;
        }

        /**
         * Sets the partner's answer or the error text, secrets already masked.
         *
         * @param response the text; {@code null} for none
         * @return this builder
         */
        public Builder response(String response) {
            this.response = response == null ? "" : response;
            return this;
        }

        /**
         * Sets how long the attempt took.
         *
         * @param duration the duration, not negative
         * @return this builder
         */
        public Builder duration(Duration duration) {
            if (duration == null || duration.isNegative()) {
                throw new IllegalArgumentException("duration must be zero or more");
            }
            this.duration = duration;
            return this;
        }

        /**
         * Builds the result.
         *
         * @return the result
         */
        public DeliveryResult build() {
            return new DeliveryResult(this);
        }
    }
}
