package fr.enersolar.crm.web.faces.leads;

/**
 * One labelled value of the lead detail page.
 *
 * @param label resource-bundle key of the label
 * @param value the value as shown
 */
public record DetailField(String label, String value) {}
