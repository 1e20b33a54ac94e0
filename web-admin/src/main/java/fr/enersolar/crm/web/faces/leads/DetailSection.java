package fr.enersolar.crm.web.faces.leads;

import java.util.List;

/**
 * A titled group of fields of the lead detail page (Identité, Localisation, …).
 *
 * @param title resource-bundle key of the title
 * @param fields its fields, in order
 */
public record DetailSection(String title, List<DetailField> fields) {

    public DetailSection {
        fields = List.copyOf(fields);
    }
}
