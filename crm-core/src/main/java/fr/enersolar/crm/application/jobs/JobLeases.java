package fr.enersolar.crm.application.jobs;

import java.time.Instant;

/**
 * Leases in the store ({@code job_leases}) that make one server of a cluster run the nightly jobs,
 * and keep two executions of a job from overlapping across servers.
 */
public interface JobLeases {

    /**
     * Claims the run of the night {@code night} (an ISO date) for {@code owner}: true for exactly
     * one caller per night, whichever server asks first; false when that night (or a later one) was
     * already claimed.
     */
    boolean claimNight(String night, String owner, Instant now);

    /** The last night claimed, if any (ISO date). */
    java.util.Optional<String> lastNight();

    /**
     * Takes the lease of {@code job} until {@code until}: true when it was free, expired, or
     * already {@code owner}'s.
     */
    boolean acquire(String job, String owner, Instant until, Instant now);

    /** Gives the lease back, if {@code owner} holds it. */
    void release(String job, String owner);
}
