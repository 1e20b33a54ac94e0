package fr.enersolar.crm.batch.jobs;

import jakarta.batch.runtime.context.JobContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Properties;

/** The job-level properties of the nightly jobs (from the job parameters), parsed. */
final class JobParameters {

    static final String RUN_AT = "run_at";
    static final String FROM = "from";
    static final String TO = "to";
    static final String PERIOD = "period";
    static final String LEASE_OWNER = "lease_owner";

    private final Properties properties;

    JobParameters(JobContext context) {
        this.properties = context.getProperties();
    }

    Instant instant(String name) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("job parameter " + name + " is required");
        }
        return Instant.parse(value);
    }

    YearMonth period() {
        return YearMonth.parse(properties.getProperty(PERIOD));
    }
}
