package fr.enersolar.crm.domain.model.tracking;

/** What a tracking event records about the browser that sent it (each may be empty). */
public record Visitor(String ip, String userAgent, String referrer) {

    public Visitor {
        ip = ip == null ? "" : ip;
        userAgent = userAgent == null ? "" : userAgent;
        referrer = referrer == null ? "" : referrer;
    }
}
