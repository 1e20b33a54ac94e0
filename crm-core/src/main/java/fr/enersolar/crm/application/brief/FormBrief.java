package fr.enersolar.crm.application.brief;

import java.util.List;
import java.util.Optional;

/**
 * The developer kit of one form (SPEC-seed §14.2): the form script and, when a landing page is
 * linked, that page's script, in the seed's older variant (no dataLayer events, no legal banner, no
 * tag loaders), with the field catalogue.
 *
 * @param redirectUrl the thank-you URL the form script uses, "" when refused (see {@code warnings})
 * @param warnings what the scripts leave out or replace, and why, in French
 */
public record FormBrief(
        BriefPage form,
        String trackingType,
        String redirectUrl,
        Optional<BriefPage> lp,
        Optional<String> liaisonCode,
        Optional<BriefAccount> account,
        Optional<String> lpScript,
        String formScript,
        List<LeadFields.Group> leadFields,
        String apiUrl,
        List<String> warnings) {

    public FormBrief {
        leadFields = List.copyOf(leadFields);
        warnings = List.copyOf(warnings);
    }
}
