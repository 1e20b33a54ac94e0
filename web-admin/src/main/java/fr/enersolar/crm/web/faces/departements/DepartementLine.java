package fr.enersolar.crm.web.faces.departements;

/**
 * One line of the statistics tables: a département (or a source) and its leads per product.
 *
 * @param code the département's code, or the source's name
 * @param name the département's name ("" for a source or an unknown code)
 * @param total its leads
 * @param pv its PV leads
 * @param pac its PAC leads
 * @param ite its ITE leads
 */
public record DepartementLine(String code, String name, long total, long pv, long pac, long ite) {}
