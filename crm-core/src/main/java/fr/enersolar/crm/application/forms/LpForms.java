package fr.enersolar.crm.application.forms;

import java.util.List;

/** A landing page and the active forms it sends visitors to (SPEC-seed §5.1, by-lp). */
public record LpForms(PublicForm.LinkedLp lp, List<Summary> forms) {

    /** One form, as the landing page's script needs it. */
    public record Summary(String id, String code, String name, String url, String productType) {}

    public LpForms {
        forms = List.copyOf(forms);
    }
}
