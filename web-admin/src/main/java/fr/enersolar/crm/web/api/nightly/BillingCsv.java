package fr.enersolar.crm.web.api.nightly;

import fr.enersolar.crm.domain.model.billing.BillingLine;
import fr.enersolar.crm.domain.model.billing.BillingStatement;
import java.util.List;

/**
 * The statements' lines as CSV ({@code ;}-separated, one row per CRM pair, product, département and
 * unit price), for {@code GET /api/billing/transactions.csv} and the billing page's download.
 */
public final class BillingCsv {

    /** The file name a download offers. */
    public static final String FILE_NAME = "facturation-transactions.csv";

    private BillingCsv() {}

    /** The header and one row per line of every statement. */
    public static String of(List<BillingStatement> statements) {
        StringBuilder csv =
                new StringBuilder(
                        "year;month;from_crm_id;to_crm_id;status;product;department;count;price;total\r\n");
        for (BillingStatement s : statements) {
            for (BillingLine line : s.breakdown()) {
                csv.append(s.period().getYear())
                        .append(';')
                        .append(s.period().getMonthValue())
                        .append(';')
                        .append(s.from().value())
                        .append(';')
                        .append(s.to().value())
                        .append(';')
                        .append(s.status().wire())
                        .append(';')
                        .append(cell(line.product()))
                        .append(';')
                        .append(cell(line.department()))
                        .append(';')
                        .append(line.count())
                        .append(';')
                        .append(NightlyJson.euros(line.price()).toPlainString())
                        .append(';')
                        .append(NightlyJson.euros(line.total()).toPlainString())
                        .append("\r\n");
            }
        }
        return csv.toString();
    }

    /** How many data rows {@link #of} writes. */
    public static int rows(List<BillingStatement> statements) {
        return statements.stream().mapToInt(s -> s.breakdown().size()).sum();
    }

    /** A text cell that a spreadsheet never reads as a formula, without separators. */
    private static String cell(String value) {
        String text =
                value == null ? "" : value.replace(';', ',').replace('\r', ' ').replace('\n', ' ');
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
