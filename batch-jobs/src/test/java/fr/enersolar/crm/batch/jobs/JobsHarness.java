package fr.enersolar.crm.batch.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import fr.enersolar.crm.application.jobs.JobLeases;
import fr.enersolar.crm.application.jobs.LeadCursor;
import fr.enersolar.crm.application.jobs.LeadRow;
import fr.enersolar.crm.application.jobs.NightlyData;
import fr.enersolar.crm.application.jobs.PageKey;
import fr.enersolar.crm.domain.model.billing.BillingStatement;
import fr.enersolar.crm.domain.model.verification.VerificationReport;
import fr.enersolar.crm.infrastructure.persistence.mongo.MongoJobLeases;
import fr.enersolar.crm.infrastructure.persistence.mongo.MongoNightlyData;
import fr.enersolar.crm.infrastructure.store.EmbeddedBackend;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.jberet.creation.BatchBeanProducer;
import org.jboss.weld.bootstrap.api.helpers.RegistrySingletonProvider;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Runs the real job XMLs and artifacts on JBeret SE, in plain JUnit: a Weld SE container holding
 * only the artifacts and {@link Beans}, the store being an in-process MongoDB wire-protocol server
 * reached by the real driver. {@link FaultyData} wraps the real store to fail on demand.
 */
final class JobsHarness {

    private static MongoDatabase database;

    private JobsHarness() {}

    static synchronized MongoDatabase start() {
        if (database == null) {
            MongoServer server = new MongoServer(EmbeddedBackend.inMemory());
            String uri = server.bindAndGetConnectionString();
            MongoClient client = MongoClients.create(uri);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
            use(client.getDatabase("jobs-test"));
        }
        database.drop();
        Beans.data = new FaultyData(new MongoNightlyData(database));
        Beans.leases = new MongoJobLeases(database);
        return database;
    }

    /** Runs the jobs over {@code db} (the benchmark's store); starts the CDI container once. */
    static synchronized void use(MongoDatabase db) {
        database = db;
        Beans.data = new FaultyData(new MongoNightlyData(database));
        Beans.leases = new MongoJobLeases(database);
        {
            WeldContainer existing =
                    WeldContainer.instance(RegistrySingletonProvider.STATIC_INSTANCE);
            if (existing == null) {
                new Weld(RegistrySingletonProvider.STATIC_INSTANCE)
                        .disableDiscovery()
                        .beanClasses(
                                Beans.class,
                                BatchBeanProducer.class,
                                VerificationReader.class,
                                VerificationProcessor.class,
                                VerificationWriter.class,
                                VerificationReportListener.class,
                                BillingReader.class,
                                BillingWriter.class,
                                BillingPublishListener.class,
                                JobLeaseRelease.class)
                        .initialize();
            }
        }
    }

    static FaultyData data() {
        return Beans.data;
    }

    /** Starts {@code job} and waits (polling, with a deadline) until it stops. */
    static long run(String job, Properties parameters) {
        return run(job, parameters, Duration.ofSeconds(60));
    }

    static long run(String job, Properties parameters, Duration within) {
        return await(BatchRuntime.getJobOperator().start(job, parameters), within);
    }

    static long restart(long execution) {
        return await(
                BatchRuntime.getJobOperator().restart(execution, new Properties()),
                Duration.ofSeconds(60));
    }

    static BatchStatus status(long execution) {
        return BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
    }

    private static long await(long execution, Duration within) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
            if (status == BatchStatus.COMPLETED
                    || status == BatchStatus.FAILED
                    || status == BatchStatus.STOPPED
                    || status == BatchStatus.ABANDONED) {
                return execution;
            }
            try {
                Thread.sleep(20); // polling interval, bounded by the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(operator.getJobExecution(execution).getBatchStatus())
                .as("execution %d still running after %s", execution, within)
                .isIn(BatchStatus.COMPLETED, BatchStatus.FAILED);
        return execution;
    }

    /** The beans the artifacts inject. */
    @ApplicationScoped
    static class Beans {
        static volatile FaultyData data;
        static volatile JobLeases leases;

        @Produces
        NightlyData data() {
            return data;
        }

        @Produces
        JobLeases leases() {
            return leases;
        }
    }

    /** The real store, failing once when a countdown reaches zero. */
    static final class FaultyData implements NightlyData {
        private final NightlyData real;
        final AtomicInteger rowsBeforeFailure = new AtomicInteger(-1);
        final AtomicInteger requeuesBeforeFailure = new AtomicInteger(-1);
        final AtomicInteger publishesBeforeFailure = new AtomicInteger(-1);

        FaultyData(NightlyData real) {
            this.real = real;
        }

        private static void maybeFail(AtomicInteger countdown, String what) {
            if (countdown.get() >= 0 && countdown.getAndDecrement() == 0) {
                throw new IllegalStateException("injected failure: " + what);
            }
        }

        @Override
        public LeadCursor leadsCreated(Instant from, Instant to, PageKey after) {
            return failing(real.leadsCreated(from, to, after));
        }

        @Override
        public LeadCursor deliveredCrossCrm(Instant from, Instant to, PageKey after) {
            return failing(real.deliveredCrossCrm(from, to, after));
        }

        /** {@code cursor}, failing at the row where {@link #rowsBeforeFailure} reaches zero. */
        private LeadCursor failing(LeadCursor cursor) {
            return new LeadCursor() {
                @Override
                public boolean hasNext() {
                    return cursor.hasNext();
                }

                @Override
                public LeadRow next() {
                    maybeFail(rowsBeforeFailure, "read");
                    return cursor.next();
                }

                @Override
                public void close() {
                    cursor.close();
                }
            };
        }

        @Override
        public Map<String, String> accountCrms() {
            return real.accountCrms();
        }

        @Override
        public boolean requeue(String leadId, Long version, Instant runAt, Instant now) {
            maybeFail(requeuesBeforeFailure, "requeue");
            return real.requeue(leadId, version, runAt, now);
        }

        @Override
        public void storeReport(VerificationReport report) {
            maybeFail(publishesBeforeFailure, "report");
            real.storeReport(report);
        }

        @Override
        public fr.enersolar.crm.application.jobs.CrossCrmFigures crossCrm(
                Instant from, Instant to, int detailsLimit) {
            return real.crossCrm(from, to, detailsLimit);
        }

        @Override
        public Map<String, fr.enersolar.crm.application.jobs.CrossCrmFigures.CrmName> crmNames() {
            return real.crmNames();
        }

        @Override
        public int replaceDrafts(YearMonth period, List<BillingStatement> statements) {
            maybeFail(publishesBeforeFailure, "publish");
            return real.replaceDrafts(period, statements);
        }
    }
}
