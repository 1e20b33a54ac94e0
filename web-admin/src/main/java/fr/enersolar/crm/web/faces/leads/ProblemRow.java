package fr.enersolar.crm.web.faces.leads;

import fr.enersolar.crm.application.leadbrowser.LeadSummary;

/**
 * A row of the rejected and failed leads page: the lead as the table shows it and why it is there
 * (intake's problems, the duplicate's original, or the partner's last answer).
 *
 * @param lead the table's fields
 * @param reason the reason, in French as recorded
 * @param retryable true when staff may send it again (a failed or refused delivery)
 */
public record ProblemRow(LeadSummary lead, String reason, boolean retryable) {}
