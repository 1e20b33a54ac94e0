package fr.enersolar.crm.application.brief;

import java.util.List;
import java.util.Optional;

/**
 * The developer kit of one landing page and its form (SPEC-seed §14.1): one script for an embedded
 * form ({@code combined}), or one for the landing page and one for the form page ({@code lp},
 * {@code form}), with the field catalogue.
 *
 * @param mode {@code embedded} or {@code redirect}
 * @param redirectUrl the thank-you URL the scripts use, "" when refused (see {@code warnings})
 * @param warnings what the scripts leave out or replace, and why, in French
 */
public record LpBrief(
        String mode,
        BriefPage lp,
        BriefPage form,
        String liaisonCode,
        BriefAccount account,
        Optional<String> combinedScript,
        Optional<String> lpScript,
        Optional<String> formScript,
        List<LeadFields.Group> leadFields,
        String apiUrl,
        String trackingType,
        String redirectUrl,
        List<String> warnings) {

    public LpBrief {
        leadFields = List.copyOf(leadFields);
        warnings = List.copyOf(warnings);
    }

    /** 1 for an embedded form, 2 otherwise. */
    public int scriptCount() {
        return combinedScript.isPresent() ? 1 : 2;
    }
}
