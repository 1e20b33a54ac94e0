package fr.enersolar.crm.web.faces.commandes;

import fr.enersolar.crm.application.commandes.CommandeAdministration.CommandeView;
import fr.enersolar.crm.domain.model.commande.Commande;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One commande as the commandes page shows it (a copy, so the view can keep it between requests).
 *
 * @param id the commande's id
 * @param crmId its CRM's id
 * @param crmName its CRM's name
 * @param product {@code PV}, {@code PAC}, {@code ITE} or {@code *} for every product
 * @param departements its codes, empty for every département
 * @param active whether routing uses it
 * @param price euros per lead
 * @param capPerDay leads per day at most, null for unlimited
 * @param capPerWeek leads per week at most, null for unlimited
 * @param notes free text
 */
public record CommandeRow(
        String id,
        String crmId,
        String crmName,
        String product,
        List<String> departements,
        boolean active,
        BigDecimal price,
        Integer capPerDay,
        Integer capPerWeek,
        String notes)
        implements Serializable {

    /** How many codes the list shows before "…". */
    static final int SHOWN_CODES = 10;

    static CommandeRow of(CommandeView view) {
        Commande c = view.commande();
        return new CommandeRow(
                c.id().value(),
                c.crm().value(),
                view.crmName(),
                c.productType().map(ProductType::name).orElse("*"),
                c.coversEveryDepartement()
                        ? List.of()
                        : List.copyOf(c.departements().stream().map(Departement::code).toList()),
                c.isActive(),
                BigDecimal.valueOf(c.unitPriceCents(), 2),
                c.capPerDay().isPresent() ? c.capPerDay().getAsInt() : null,
                c.capPerWeek().isPresent() ? c.capPerWeek().getAsInt() : null,
                c.notes());
    }

    /** Whether it covers every département. */
    public boolean everywhere() {
        return departements.isEmpty();
    }

    /** The first codes, comma-separated, with "…" when there are more. */
    public String firstCodes() {
        String shown = String.join(", ", departements.stream().limit(SHOWN_CODES).toList());
        return departements.size() > SHOWN_CODES ? shown + ", …" : shown;
    }
}
