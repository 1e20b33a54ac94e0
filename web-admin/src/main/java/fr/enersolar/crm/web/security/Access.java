package fr.enersolar.crm.web.security;

/** How much of a section an endpoint needs. */
public enum Access {
    /** The section is open to the caller. */
    READ,
    /** The section is open and the caller is not a viewer. */
    WRITE,
    /** The section is open and the caller is an administrator (SPEC-seed's "A" endpoints). */
    ADMIN
}
