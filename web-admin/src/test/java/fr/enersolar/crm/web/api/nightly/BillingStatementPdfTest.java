package fr.enersolar.crm.web.api.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.billing.BillingLine;
import fr.enersolar.crm.domain.model.billing.BillingStatement;
import fr.enersolar.crm.domain.model.billing.BillingStatementId;
import fr.enersolar.crm.domain.model.crm.CrmId;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF statement, read back with PDFBox's text extraction. */
class BillingStatementPdfTest {

    private static final Instant CALCULATED = Instant.parse("2026-11-01T02:00:00Z");
    private static final Instant PRINTED = Instant.parse("2026-11-24T09:05:00Z");

    private static BillingStatement statement(List<BillingLine> lines) {
        return new BillingStatement(
                BillingStatementId.generate(),
                YearMonth.of(2026, 10),
                CrmId.generate(),
                CrmId.generate(),
                lines,
                CALCULATED);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void showsBothCrmsThePeriodEachLineAndTheTotalInFrench() throws IOException {
        BillingStatement s =
                statement(
                        List.of(
                                BillingLine.of("PV", "75", 3, 2550),
                                BillingLine.of("PAC", "2A", 2, 4000),
                                BillingLine.of("PV", "69", 1000, 1234)));

        byte[] pdf = BillingStatementPdf.render(s, "ZR7 Digital", "Maison du Lead", PRINTED);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text)
                .contains(
                        "Relevé de facturation inter-CRM",
                        "Période : octobre 2026 (du 01/10/2026 au 31/10/2026)",
                        "Créancier : ZR7 Digital",
                        "Débiteur : Maison du Lead",
                        "Statut : brouillon",
                        "Produit Département Leads Prix unitaire Montant")
                .containsPattern("PV 75 3 25,50 € 76,50 €")
                .containsPattern("PAC 2A 2 40,00 € 80,00 €")
                .containsPattern("PV 69 1000 12,34 € 12 340,00 €")
                // 76.50 + 80.00 + 12,340.00
                .contains("Total 1005 12 496,50 €")
                .contains("Maison du Lead doit 12 496,50 € à ZR7 Digital pour 1005 lead(s).")
                .contains("édité le 24/11/2026 10:05 (heure de Paris) - page 1/1");
        // Lines sorted by product, then département.
        assertThat(text.indexOf("PAC 2A")).isLessThan(text.indexOf("PV 69"));
        assertThat(text.indexOf("PV 69")).isLessThan(text.indexOf("PV 75"));
    }

    @Test
    void aLongStatementGoesOnOverSeveralPagesWithItsTotal() throws IOException {
        List<BillingLine> lines = new ArrayList<>();
        long cents = 0;
        for (int d = 1; d <= 95; d++) {
            lines.add(BillingLine.of("ITE", String.format("%02d", d), d, 1000));
            cents += d * 1000L;
        }

        byte[] pdf = BillingStatementPdf.render(statement(lines), "A", "B", PRINTED);

        assertThat(pages(pdf)).isGreaterThan(1);
        String text = text(pdf);
        assertThat(text).contains("ITE 01 1 10,00 € 10,00 €", "ITE 95 95 10,00 € 950,00 €");
        assertThat(text).contains("Total 4560 " + BillingStatementPdf.euros(cents));
        assertThat(BillingStatementPdf.euros(cents)).isEqualTo("45 600,00 €");
        assertThat(text).contains("page 1/" + pages(pdf));
    }

    @Test
    void textTheStandardFontCannotWriteIsReplacedNotFatal() throws IOException {
        byte[] pdf =
                BillingStatementPdf.render(
                        statement(List.of()), "Ωmega\nCRM", "Maison du Lead", PRINTED);

        assertThat(text(pdf))
                .contains("Créancier : ?mega CRM", "Aucun lead facturable sur la période.")
                .contains("Total 0 0,00 €");
    }

    @Test
    void eurosAreWrittenTheFrenchWay() {
        assertThat(BillingStatementPdf.euros(0)).isEqualTo("0,00 €");
        assertThat(BillingStatementPdf.euros(5)).isEqualTo("0,05 €");
        assertThat(BillingStatementPdf.euros(123456789)).isEqualTo("1 234 567,89 €");
        assertThat(BillingStatementPdf.euros(-2550)).isEqualTo("-25,50 €");
    }
}
