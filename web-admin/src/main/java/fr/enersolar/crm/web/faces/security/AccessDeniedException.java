package fr.enersolar.crm.web.faces.security;

import fr.enersolar.crm.web.security.Permission;

/** A staff member tried an action their role or sections do not allow. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Permission rule;

    public AccessDeniedException(Permission rule) {
        super(rule.refusal());
        this.rule = rule;
    }

    /** The rule that refused. */
    public Permission rule() {
        return rule;
    }
}
