package fr.enersolar.crm.web.faces.layout;

/**
 * One entry of the admin menu.
 *
 * @param view the page's view id
 * @param label the entry's text, in the page's language
 * @param icon its PrimeIcons class
 * @param current whether it is the page being shown
 */
public record MenuEntry(String view, String label, String icon, boolean current) {}
