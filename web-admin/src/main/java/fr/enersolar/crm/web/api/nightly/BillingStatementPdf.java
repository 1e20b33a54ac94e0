package fr.enersolar.crm.web.api.nightly;

import fr.enersolar.crm.application.jobs.BillingWindow;
import fr.enersolar.crm.domain.model.billing.BillingLine;
import fr.enersolar.crm.domain.model.billing.BillingStatement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A monthly cross-CRM statement (one CRM pair, one calendar month) as a PDF in French, made with
 * Apache PDFBox and its standard Helvetica fonts (nothing fetched or embedded): the two CRMs, the
 * period, one row per product and département with the count, the unit price and the amount, and
 * the total. Long statements continue on further pages, the table header repeated. Text the
 * standard fonts cannot write (WinAnsi) is shown as {@code ?}.
 */
public final class BillingStatementPdf {

    /** The file name a download offers. */
    public static String fileName(BillingStatement s) {
        return "releve-facturation-"
                + s.period()
                + "-"
                + s.from().value()
                + "-"
                + s.to().value()
                + ".pdf";
    }

    private static final float MARGIN = 50;
    private static final float LINE = 16;
    private static final float SIZE = 10;
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE)
                    .withZone(BillingWindow.PARIS);

    /** Column right edges (numbers) or left edges (text), in points from the page's left. */
    private static final float PRODUCT_X = MARGIN;

    private static final float DEPARTMENT_X = 170;
    private static final float COUNT_RIGHT = 360;
    private static final float PRICE_RIGHT = 450;
    private static final float AMOUNT_RIGHT = 545;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument document = new PDDocument();
    private PDPageContentStream page;
    private float y;

    private BillingStatementPdf() {}

    /**
     * The statement as PDF bytes.
     *
     * @param creditor the name of the CRM whose traffic produced the leads ({@code from})
     * @param debtor the name of the CRM that received them ({@code to})
     * @param generatedAt when the document is made (shown in its footer)
     */
    public static byte[] render(
            BillingStatement statement, String creditor, String debtor, Instant generatedAt) {
        BillingStatementPdf pdf = new BillingStatementPdf();
        try {
            return pdf.write(statement, creditor, debtor, generatedAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                pdf.document.close();
            } catch (IOException ignored) {
                // nothing left to release that matters
            }
        }
    }

    private byte[] write(BillingStatement s, String creditor, String debtor, Instant at)
            throws IOException {
        YearMonth period = s.period();
        String periodLabel = monthLabel(period);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Relevé de facturation " + periodLabel);
        info.setCreator("EnerSolar CRM");

        newPage();
        text(bold, 16, MARGIN, "Relevé de facturation inter-CRM");
        y -= LINE * 1.6f;
        labelled(
                "Période",
                periodLabel
                        + " (du "
                        + DAY.format(period.atDay(1))
                        + " au "
                        + DAY.format(period.atEndOfMonth())
                        + ")");
        labelled("Créancier", creditor + " (leads issus de son trafic)");
        labelled("Débiteur", debtor + " (leads reçus)");
        labelled("Statut", status(s));
        labelled("Calculé le", DAY_TIME.format(s.calculatedAt()));
        labelled("Référence", s.id().value());
        y -= LINE;

        header();
        List<BillingLine> lines = new ArrayList<>(s.breakdown());
        lines.sort(
                Comparator.comparing(BillingLine::product)
                        .thenComparing(BillingLine::department)
                        .thenComparingLong(BillingLine::price));
        for (BillingLine line : lines) {
            if (y < MARGIN + 4 * LINE) {
                newPage();
                header();
            }
            text(regular, SIZE, PRODUCT_X, line.product());
            text(regular, SIZE, DEPARTMENT_X, line.department());
            right(regular, COUNT_RIGHT, Long.toString(line.count()));
            right(regular, PRICE_RIGHT, euros(line.price()));
            right(regular, AMOUNT_RIGHT, euros(line.total()));
            y -= LINE;
        }
        if (lines.isEmpty()) {
            text(regular, SIZE, PRODUCT_X, "Aucun lead facturable sur la période.");
            y -= LINE;
        }
        rule();
        y -= LINE;
        text(bold, SIZE, PRODUCT_X, "Total");
        right(bold, COUNT_RIGHT, Long.toString(s.totalLeads()));
        right(bold, AMOUNT_RIGHT, euros(s.totalAmountCents()));
        y -= LINE * 2;
        text(
                regular,
                SIZE,
                MARGIN,
                debtor
                        + " doit "
                        + euros(s.totalAmountCents())
                        + " à "
                        + creditor
                        + " pour "
                        + s.totalLeads()
                        + " lead(s).");
        y -= LINE;
        text(
                regular,
                8,
                MARGIN,
                "Montants en euros, aux prix unitaires figés sur chaque lead lors de son routage.");
        page.close();
        footers(at);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** {@code novembre 2026}. */
    public static String monthLabel(YearMonth period) {
        return period.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRANCE)
                + " "
                + period.getYear();
    }

    private static String status(BillingStatement s) {
        return switch (s.status()) {
            case DRAFT -> "brouillon";
            case SENT -> "envoyé";
            case PAID -> "payé";
        };
    }

    /**
     * Euros in the French way, from cents: {@code 1 234,50 €} (ordinary spaces, which the standard
     * fonts can write).
     */
    public static String euros(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        String units = Long.toString(abs / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < units.length(); i++) {
            if (i > 0 && (units.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(units.charAt(i));
        }
        return sign + grouped + "," + String.format("%02d", abs % 100) + " €";
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void header() throws IOException {
        text(bold, SIZE, PRODUCT_X, "Produit");
        text(bold, SIZE, DEPARTMENT_X, "Département");
        right(bold, COUNT_RIGHT, "Leads");
        right(bold, PRICE_RIGHT, "Prix unitaire");
        right(bold, AMOUNT_RIGHT, "Montant");
        y -= 6;
        rule();
        y -= LINE;
    }

    private void rule() throws IOException {
        page.moveTo(MARGIN, y + 2);
        page.lineTo(AMOUNT_RIGHT, y + 2);
        page.stroke();
    }

    private void labelled(String label, String value) throws IOException {
        text(bold, SIZE, MARGIN, label + " :");
        text(regular, SIZE, MARGIN + 80, value);
        y -= LINE;
    }

    private void text(PDType1Font font, float size, float x, String value) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(writable(font, value));
        page.endText();
    }

    private void right(PDType1Font font, float rightEdge, String value) throws IOException {
        String text = writable(font, value);
        float width = font.getStringWidth(text) / 1000 * SIZE;
        text(font, SIZE, rightEdge - width, text);
    }

    private void footers(Instant at) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream footer =
                    new PDPageContentStream(
                            document,
                            document.getPage(i),
                            PDPageContentStream.AppendMode.APPEND,
                            true)) {
                footer.beginText();
                footer.setFont(regular, 8);
                footer.newLineAtOffset(MARGIN, MARGIN / 2);
                footer.showText(
                        "EnerSolar CRM - édité le "
                                + DAY_TIME.format(at)
                                + " (heure de Paris) - page "
                                + (i + 1)
                                + "/"
                                + count);
                footer.endText();
            }
        }
    }

    /** The text with what the font cannot encode (and control characters) as {@code ?}. */
    private static String writable(PDType1Font font, String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints()
                .forEach(
                        c -> {
                            String one = new String(Character.toChars(c));
                            if (Character.isISOControl(c)) {
                                out.append(' ');
                                return;
                            }
                            try {
                                font.encode(one);
                                out.append(one);
                            } catch (IOException | IllegalArgumentException e) {
                                out.append('?');
                            }
                        });
        return out.toString();
    }
}
