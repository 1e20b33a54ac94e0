package fr.enersolar.crm.application.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The conversion funnel of one code (SPEC-seed §13): LP visits and CTA clicks counted with the code
 * as an LP code, form starts and finished leads (delivered or duplicate) with it as a form code,
 * and the rates between the steps.
 *
 * <p>Rates are percentages with one decimal, 0 when the step before counted nothing; rounding
 * follows the seed's Python {@code round(x, 1)} (the exact binary value, ties to even), so both
 * systems show the same figure.
 */
public record FunnelStats(
        String code, long lpVisits, long ctaClicks, long formStarts, long leadsFinished) {

    /** CTA clicks per LP visit, in %. */
    public double lpToCta() {
        return rate(ctaClicks, lpVisits);
    }

    /** Form starts per CTA click, in %. */
    public double ctaToStart() {
        return rate(formStarts, ctaClicks);
    }

    /** Finished leads per form start, in %. */
    public double startToFinish() {
        return rate(leadsFinished, formStarts);
    }

    /** Finished leads per LP visit, in %. */
    public double globalConversion() {
        return rate(leadsFinished, lpVisits);
    }

    /**
     * {@code part} per {@code whole} in %, one decimal, as the seed rounds it; 0 when whole is 0.
     */
    public static double rate(long part, long whole) {
        if (whole <= 0) {
            return 0;
        }
        double percent = (double) part / whole * 100;
        return new BigDecimal(percent).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
    }
}
