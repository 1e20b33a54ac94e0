package fr.enersolar.crm.application.sandbox;

import java.time.Instant;

/**
 * One lead the sandbox partner accepted.
 *
 * @param id the id the sandbox answered
 * @param partner the partner name in the URL ({@code zr7}, {@code mdl}, …)
 * @param phone the lead's phone as sent
 * @param keyEnding the last four characters of the key it came with (never the key)
 * @param body the JSON body as received
 * @param receivedAt when it arrived
 */
public record SandboxReceipt(
        String id,
        String partner,
        String phone,
        String keyEnding,
        String body,
        Instant receivedAt) {}
