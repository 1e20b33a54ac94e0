package fr.enersolar.crm.domain.service;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The delays between delivery attempts after retryable failures: the first attempt, then one retry
 * after each delay (by default 1 min, 5 min, 15 min, 1 h, 2 h: six attempts in all, SPEC-seed §9's
 * schedule with its unused first delay restored). After the last delay's attempt fails, the lead is
 * {@code failed}.
 */
public final class BackoffSchedule {

    /** The default schedule, as configured. */
    public static final String DEFAULT = "1m,5m,15m,1h,2h";

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final List<Duration> delays;

    /** A schedule of at least one delay, each positive. */
    public BackoffSchedule(List<Duration> delays) {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("a backoff schedule needs at least one delay");
        }
        for (Duration delay : delays) {
            if (delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("backoff delays must be positive: " + delay);
            }
        }
        this.delays = List.copyOf(delays);
    }

    public static BackoffSchedule defaults() {
        return parse(DEFAULT);
    }

    /**
     * Reads a comma-separated list of durations: a whole number with a unit ({@code 500ms}, {@code
     * 30s}, {@code 1m}, {@code 2h}, {@code 1d}) or ISO-8601 ({@code PT1M30S}).
     *
     * @throws IllegalArgumentException naming the entry that is not a positive duration
     */
    public static BackoffSchedule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a backoff schedule needs at least one delay");
        }
        List<Duration> delays = new ArrayList<>();
        for (String entry : text.split(",")) {
            String trimmed = entry.trim();
            if (!trimmed.isEmpty()) {
                delays.add(duration(trimmed));
            }
        }
        return new BackoffSchedule(delays);
    }

    private static Duration duration(String entry) {
        Matcher m = SHORT.matcher(entry.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(entry.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "not a duration (use 30s, 5m, 1h or PT1M): " + entry, e);
        }
    }

    public List<Duration> delays() {
        return delays;
    }

    /** The most attempts a lead gets: the first one and one per delay. */
    public int maxAttempts() {
        return delays.size() + 1;
    }

    /**
     * The delay before the next attempt once {@code failedAttempts} attempts have failed (the first
     * delay after one failure); none when they were all used.
     */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt failed: " + failedAttempts);
        }
        return failedAttempts <= delays.size()
                ? Optional.of(delays.get(failedAttempts - 1))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return delays.toString();
    }
}
