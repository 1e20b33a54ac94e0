package fr.enersolar.crm.application.commandes;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The fields of a commande as staff sent them, each empty when not sent. A cap sent as {@code null}
 * or {@code 0} is present and unlimited ({@code Optional.of(OptionalInt.empty())}).
 *
 * @param crmId the buying CRM (creation only)
 * @param productType {@code PV}, {@code PAC}, {@code ITE} or {@code *}
 * @param departements codes, or {@code ["*"]} for every département
 * @param active whether routing uses it
 * @param unitPriceCents price per lead in euro cents
 * @param capPerDay leads per day at most
 * @param capPerWeek leads per week at most
 * @param notes free text
 */
public record CommandeInput(
        Optional<String> crmId,
        Optional<String> productType,
        Optional<List<String>> departements,
        Optional<Boolean> active,
        Optional<Long> unitPriceCents,
        Optional<OptionalInt> capPerDay,
        Optional<OptionalInt> capPerWeek,
        Optional<String> notes) {}
