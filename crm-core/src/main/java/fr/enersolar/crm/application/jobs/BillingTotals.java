package fr.enersolar.crm.application.jobs;

import fr.enersolar.crm.domain.model.billing.BillingLine;
import fr.enersolar.crm.domain.model.billing.BillingStatement;
import fr.enersolar.crm.domain.model.billing.BillingStatementId;
import fr.enersolar.crm.domain.model.crm.CrmId;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The running sums of a billing rollup: per (from CRM = the CRM of the lead's account, to CRM = the
 * lead's target), product, département and frozen unit price, the number of leads. Amounts are
 * exact (count × frozen cents). Serializable, so the job checkpoints the sums with its reader's
 * position: a restarted rollup resumes from the committed chunks and never counts a lead twice.
 */
public final class BillingTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Key "from|to|product|département|price" → count; sorted, so statements are stable. */
    private final TreeMap<String, Long> counts = new TreeMap<>();

    private long skipped;

    /**
     * Adds a delivered cross-CRM lead. Skipped (counted apart) when its account has no CRM or the
     * CRM is its own target (not a cross-CRM debt).
     *
     * @param accountCrms account id → CRM id
     */
    public void add(LeadRow lead, Map<String, String> accountCrms) {
        String from = lead.accountId() == null ? null : accountCrms.get(lead.accountId());
        String to = lead.targetCrmId();
        if (from == null || to == null || to.isEmpty() || from.equals(to)) {
            skipped++;
            return;
        }
        String key =
                String.join(
                        "|",
                        from,
                        to,
                        text(lead.productType()),
                        text(lead.departement()),
                        Long.toString(lead.priceCents()));
        counts.merge(key, 1L, Long::sum);
    }

    private static String text(String value) {
        return value == null || value.isEmpty() ? "default" : value.replace('|', '/');
    }

    public long skipped() {
        return skipped;
    }

    public long leads() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One draft statement per CRM pair, its lines by product, département and unit price. */
    public List<BillingStatement> statements(YearMonth period, Instant at) {
        Map<String, List<BillingLine>> byPair = new TreeMap<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String[] k = e.getKey().split("\\|", -1);
            byPair.computeIfAbsent(k[0] + "|" + k[1], p -> new ArrayList<>())
                    .add(BillingLine.of(k[2], k[3], e.getValue(), Long.parseLong(k[4])));
        }
        List<BillingStatement> statements = new ArrayList<>();
        for (Map.Entry<String, List<BillingLine>> e : byPair.entrySet()) {
            String[] pair = e.getKey().split("\\|", -1);
            statements.add(
                    new BillingStatement(
                            BillingStatementId.generate(),
                            period,
                            new CrmId(pair[0]),
                            new CrmId(pair[1]),
                            e.getValue(),
                            at));
        }
        return statements;
    }
}
