package fr.enersolar.crm.web.faces.lps;

/**
 * One script of a brief, with its copy button.
 *
 * @param id the element id of its text ({@code script-lp}, …)
 * @param titleKey the bundle key of its title
 * @param colour {@code lp} (blue), {@code form} (orange) or {@code combined}
 * @param text the script
 */
public record ScriptBlock(String id, String titleKey, String colour, String text) {}
