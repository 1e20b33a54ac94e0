package fr.enersolar.crm.application.leads;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The dashboard's cards (SPEC-seed §5.3 {@code /api/leads/stats/global}, §15.3): live leads in all
 * and per delivery status.
 */
public record GlobalLeadCounts(
        long total, long success, long duplicate, long failed, long queued, long noCrm) {

    /**
     * Delivered leads (success or duplicate) per lead, in % with one decimal, 0 without leads:
     * rounded as the seed's Python {@code round(x, 1)} (the exact binary value, ties to even).
     */
    public double sentRate() {
        if (total <= 0) {
            return 0;
        }
        double percent = (double) (success + duplicate) / total * 100;
        return new BigDecimal(percent).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
    }
}
