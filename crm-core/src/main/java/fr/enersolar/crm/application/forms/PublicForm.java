package fr.enersolar.crm.application.forms;

import java.util.Optional;

/**
 * What a form page may know about its form without logging in (SPEC-seed §5.1): the form, the
 * landing page it is linked to and the account's branding. Never the partner key.
 */
public record PublicForm(Page form, Optional<LinkedLp> lp, Optional<Branding> account) {

    /** The form itself. */
    public record Page(
            String id,
            String code,
            String name,
            String url,
            String productType,
            String trackingType,
            String redirectUrl) {}

    /** A landing page as public pages see it. */
    public record LinkedLp(String id, String code, String url) {}

    /** The account's name, logos and colours, for the page to dress itself. */
    public record Branding(
            String name,
            String logoMain,
            String logoSecondary,
            String logoMini,
            String primaryColor,
            String secondaryColor) {}
}
