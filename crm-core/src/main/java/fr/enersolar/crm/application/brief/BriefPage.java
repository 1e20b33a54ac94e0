package fr.enersolar.crm.application.brief;

/**
 * A landing page or form as a brief names it; {@code productType} is the wire value ({@code PV}…).
 */
public record BriefPage(String id, String code, String name, String url, String productType) {}
