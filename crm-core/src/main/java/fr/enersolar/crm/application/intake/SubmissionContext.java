package fr.enersolar.crm.application.intake;

/**
 * What the HTTP request says about the visitor beside the body: the evidence kept with the consent.
 *
 * @param ip the client address as the server trusts it
 * @param referer the page that sent the request, when the body names none
 */
public record SubmissionContext(String ip, String userAgent, String referer) {

    public SubmissionContext {
        ip = ip == null ? "" : ip;
        userAgent = userAgent == null ? "" : userAgent;
        referer = referer == null ? "" : referer;
    }
}
