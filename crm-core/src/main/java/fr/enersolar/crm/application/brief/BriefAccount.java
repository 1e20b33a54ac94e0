package fr.enersolar.crm.application.brief;

/**
 * The account as a brief shows it: name, logos, the Google tag snippets the scripts use (generated
 * from the account's identifiers, see {@link TagManager}) and its legal texts as stored.
 *
 * @param gtmHead the loader for the page's {@code <head>}, or ""
 * @param gtmBody the {@code <noscript>} part for right after {@code <body>}, or ""
 * @param gtmConversion the conversion call made after a successful submit, or ""
 */
public record BriefAccount(
        String name,
        String logoMain,
        String logoSecondary,
        String logoMini,
        String gtmHead,
        String gtmBody,
        String gtmConversion,
        String termsOfUse,
        String privacyPolicy) {}
