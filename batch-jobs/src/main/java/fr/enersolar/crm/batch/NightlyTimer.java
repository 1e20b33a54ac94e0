package fr.enersolar.crm.batch;

import fr.enersolar.crm.application.jobs.JobLeases;
import fr.enersolar.crm.application.jobs.NightlyJobs;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the nightly verification and billing rollup at the configured time ({@code
 * crm.nightly.schedule}, default 03:00 UTC). The timer is a non-persistent calendar timer, the same
 * as {@code @Schedule(persistent = false)} but with its hour read from configuration (an
 * annotation's values are constants). Once per cluster: each night is claimed in the store ({@code
 * job_leases}), and only the server whose claim succeeds starts the jobs. A night missed while
 * every server was down is caught up when one starts: the last scheduled night not yet claimed is
 * run at once (on a fresh store, nothing was ever run, and the first start waits for the schedule).
 *
 * <p>The billing rollup covers the month of the night's eve, so the night after a month's last day
 * closes that month, and every other night refreshes the current month's drafts.
 */
@Singleton
@Startup
public class NightlyTimer {

    private static final Logger LOG = Logger.getLogger(NightlyTimer.class.getName());

    @Resource TimerService timers;
    @Inject NightlyJobs jobs;
    @Inject JobLeases leases;
    @Inject Clock clock;
    @Inject CrmConfig config;

    /** How early a timer may fire and still count for the coming night. */
    private static final java.time.Duration EARLY_FIRE = java.time.Duration.ofMinutes(5);

    private NightlySchedule schedule;

    @PostConstruct
    void schedule() {
        schedule =
                NightlySchedule.parse(config.value(ConfigKey.NIGHTLY_SCHEDULE).orElse("03:00 UTC"));
        ScheduleExpression expression =
                new ScheduleExpression()
                        .hour(schedule.time().getHour())
                        .minute(schedule.time().getMinute())
                        .second(0)
                        .timezone(schedule.zone().getId());
        timers.createCalendarTimer(expression, new TimerConfig("nightly-jobs", false));
        LOG.info(() -> "Nightly jobs scheduled at " + schedule);
        try {
            catchUp();
        } catch (RuntimeException e) {
            // The store may still be down at start: the next night runs as scheduled.
            LOG.log(Level.WARNING, "Nightly catch-up not checked: " + e.getMessage(), e);
        }
    }

    private void catchUp() {
        ZonedDateTime last = schedule.lastFire(clock.instant());
        LocalDate night = schedule.night(last);
        leases.lastNight()
                .filter(claimed -> claimed.compareTo(night.toString()) < 0)
                .ifPresent(
                        claimed -> {
                            LOG.info(
                                    () ->
                                            "Nightly jobs of "
                                                    + night
                                                    + " missed (last run "
                                                    + claimed
                                                    + "): catching up");
                            runNight(last);
                        });
    }

    @Timeout
    void fire(Timer timer) {
        // A timer may fire a little early: the night is the one due within the next minutes.
        runNight(schedule.lastFire(clock.instant().plus(EARLY_FIRE)));
    }

    private void runNight(ZonedDateTime fire) {
        LocalDate night = schedule.night(fire);
        Instant now = clock.instant();
        if (!leases.claimNight(night.toString(), NightlyJobsFacade.SERVER, now)) {
            LOG.fine(() -> "Nightly jobs of " + night + " run by another server");
            return;
        }
        jobs.startVerification()
                .ifPresentOrElse(
                        id -> LOG.info(() -> "Nightly verification started, execution " + id),
                        () -> LOG.info("Nightly verification already running: not started again"));
        YearMonth period = YearMonth.from(night.minusDays(1));
        jobs.startBilling(period)
                .ifPresentOrElse(
                        id ->
                                LOG.info(
                                        () ->
                                                "Billing rollup of "
                                                        + period
                                                        + " started, execution "
                                                        + id),
                        () -> LOG.info("Billing rollup already running: not started again"));
    }
}
