package fr.enersolar.crm.web.api.leads;

import fr.enersolar.crm.application.leads.LeadParameters;
import fr.enersolar.crm.application.leads.LeadRow;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The leads CSV of the seed's Leads page (SPEC-seed §17): UTF-8 with a byte-order mark (so Excel
 * reads the accents), {@code ;}-separated, every value quoted, the seed's 29 French column titles
 * in its order, plus the lead's id last. Dates are Paris time.
 *
 * <p>Cells are made safe for spreadsheets (CSV injection): a value starting with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with {@code '}, so it is shown
 * as text and never run as a formula.
 */
public final class LeadCsv {

    /** Column title → stored field. */
    static final Map<String, String> COLUMNS = columns();

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .withZone(LeadParameters.BUSINESS_ZONE);

    private LeadCsv() {}

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("Téléphone", "phone");
        c.put("Nom", "nom");
        c.put("Prénom", "prenom");
        c.put("Civilité", "civilite");
        c.put("Email", "email");
        c.put("Code Postal", "code_postal");
        c.put("Département", "departement");
        c.put("Ville", "ville");
        c.put("Adresse", "adresse");
        c.put("Type Logement", "type_logement");
        c.put("Statut Occupant", "statut_occupant");
        c.put("Surface", "surface_habitable");
        c.put("Année Construction", "annee_construction");
        c.put("Type Chauffage", "type_chauffage");
        c.put("Facture Électricité", "facture_electricite");
        c.put("Facture Chauffage", "facture_chauffage");
        c.put("Type Projet", "type_projet");
        c.put("Délai", "delai_projet");
        c.put("Budget", "budget");
        c.put("Formulaire", "form_code");
        c.put("LP", "lp_code");
        c.put("Liaison", "liaison_code");
        c.put("Source", "source");
        c.put("UTM Source", "utm_source");
        c.put("UTM Medium", "utm_medium");
        c.put("UTM Campaign", "utm_campaign");
        c.put("CRM", "target_crm_slug");
        c.put("Statut", "api_status");
        c.put("Date", "created_at");
        c.put("ID", "id");
        return c;
    }

    /** The byte-order mark and the title line. */
    public static void header(Writer out) throws IOException {
        out.write('\uFEFF');
        line(out, COLUMNS.keySet().toArray(String[]::new));
    }

    public static void row(Writer out, LeadRow row) throws IOException {
        String[] cells = new String[COLUMNS.size()];
        int i = 0;
        for (String field : COLUMNS.values()) {
            Object value = row.fields().get(field);
            cells[i++] = value instanceof Instant at ? DATE.format(at) : row.text(field);
        }
        line(out, cells);
    }

    private static void line(Writer out, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    /** One quoted cell, quotes doubled, formulas defused. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
