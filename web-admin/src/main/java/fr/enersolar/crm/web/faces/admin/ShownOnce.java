package fr.enersolar.crm.web.faces.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * A secret shown once (a generated password, a partner key just set): it lives for the one request
 * whose answer shows it, never in a view-scoped bean nor in the view state, so reloading the page
 * or posting it back again never shows it again.
 */
@Named
@RequestScoped
public class ShownOnce {

    private String label;
    private String value;

    /** Shows {@code value} in this answer, under the text of the bundle key {@code label}. */
    public void show(String label, String value) {
        this.label = label;
        this.value = value;
    }

    public boolean isPresent() {
        return value != null;
    }

    /** The bundle key of the text above the value. */
    public String getLabel() {
        return label;
    }

    public String getValue() {
        return value;
    }
}
