package fr.enersolar.crm.web.faces.commandes;

import fr.enersolar.crm.application.catalogue.Crms;
import fr.enersolar.crm.application.commandes.CommandeAdministration;
import fr.enersolar.crm.application.commandes.CommandeAdministration.CommandeView;
import fr.enersolar.crm.application.commandes.CommandeInput;
import fr.enersolar.crm.application.common.Outcome;
import fr.enersolar.crm.domain.model.shared.Departements;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.layout.ViewParameters;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Creates a commande ({@code commandes/edit.xhtml?crm=…}) or changes one ({@code ?id=…}) through
 * the same {@link CommandeAdministration} as {@code POST}/{@code PUT /api/commandes}: CRM (on
 * creation), product or every product, every département or a set of them (the 96 metropolitan
 * codes, Corsica as 2A and 2B), caps per day and per week (empty or 0 = unlimited), the price per
 * lead in euros, active, notes. The page is for writers of the commandes section, and so is its
 * action. The seed's form had no price field; this one has.
 */
@Named
@ViewScoped
public class EditCommande implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final BigDecimal MAX_EUROS = new BigDecimal("1000000");

    /** Whole euros, optionally with one or two decimals after the dot. */
    private static final Pattern EUROS = Pattern.compile("\\d{1,7}(\\.\\d{1,2})?");

    @Inject CommandeAdministration administration;
    @Inject Crms crms;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    private String id;
    private String crm;
    private boolean found = true;
    private String crmName = "";
    private String product = "*";
    private boolean everywhere;
    private List<String> departements = new ArrayList<>();
    private Integer capPerDay;
    private Integer capPerWeek;
    private String price = "0";
    private boolean active = true;
    private String notes = "";
    private List<SelectItem> crmChoices = List.of();

    /** The page's view action: the commande to change, or the CRM list for a new one. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        crmChoices =
                crms.list().stream().map(c -> new SelectItem(c.id().value(), c.name())).toList();
        if (id == null) {
            return;
        }
        Optional<CommandeRow> row =
                administration.list(Optional.empty()).stream()
                        .filter(v -> v.commande().id().value().equals(id))
                        .map(CommandeRow::of)
                        .findFirst();
        if (row.isEmpty()) {
            found = false;
            context.getExternalContext().setResponseStatus(404);
            Messages.error(context, "commande.notFound");
            return;
        }
        CommandeRow r = row.get();
        crm = r.crmId();
        crmName = r.crmName();
        product = r.product();
        everywhere = r.everywhere();
        departements = new ArrayList<>(r.departements());
        capPerDay = r.capPerDay();
        capPerWeek = r.capPerWeek();
        price = r.price().toPlainString();
        active = r.active();
        notes = r.notes() == null ? "" : r.notes();
    }

    /**
     * Stores the commande and goes back to its CRM's commandes; a refused field is shown as a
     * message and the form stays as typed.
     */
    @ActionRequires(value = Section.COMMANDES, access = Access.WRITE)
    public String save() {
        FacesContext context = FacesContext.getCurrentInstance();
        Optional<Long> cents = cents(price);
        if (cents.isEmpty()) {
            Messages.error(context, "commande.badPrice");
            return null;
        }
        List<String> codes = everywhere ? List.of("*") : List.copyOf(departements);
        CommandeInput input =
                new CommandeInput(
                        id == null ? Optional.ofNullable(crm) : Optional.empty(),
                        Optional.of(product == null ? "*" : product),
                        Optional.of(codes),
                        Optional.of(active),
                        cents,
                        Optional.of(cap(capPerDay)),
                        Optional.of(cap(capPerWeek)),
                        Optional.of(notes == null ? "" : notes.strip()));
        Outcome<CommandeView> outcome =
                id == null
                        ? administration.create(staff.require().actor(), client.ip(), input)
                        : administration.update(staff.require().actor(), client.ip(), id, input);
        if (outcome instanceof Outcome.NotFound<CommandeView> notFound) {
            Messages.error(context, "commande.failed", notFound.message());
            return null;
        }
        if (outcome instanceof Outcome.Invalid<CommandeView> invalid) {
            Messages.error(
                    context,
                    "commande.invalid",
                    Messages.text(context, "commande.field." + invalid.field()),
                    invalid.reason());
            return null;
        }
        CommandeView saved = ((Outcome.Done<CommandeView>) outcome).value();
        context.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(context, id == null ? "commande.created" : "commande.saved");
        return "/commandes/list?faces-redirect=true&crm=" + saved.commande().crm().value();
    }

    private static OptionalInt cap(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** Euros as typed ({@code 12,50} or {@code 12.50}) in cents; empty when not a price. */
    static Optional<Long> cents(String typed) {
        String text =
                typed == null
                        ? ""
                        : typed.strip().replaceAll("[ \\u00a0\\u202f]", "").replace(',', '.');
        if (text.isEmpty()) {
            return Optional.of(0L);
        }
        if (!EUROS.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            BigDecimal euros = new BigDecimal(text);
            BigDecimal cents = euros.movePointRight(2);
            if (euros.signum() < 0
                    || euros.compareTo(MAX_EUROS) > 0
                    || cents.stripTrailingZeros().scale() > 0) {
                return Optional.empty();
            }
            return Optional.of(cents.longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The 96 metropolitan départements, as "code – name" choices. */
    public List<SelectItem> getDepartementChoices() {
        return Departements.metropolitan().stream()
                .map(d -> new SelectItem(d.code(), d.code(), d.nom()))
                .toList();
    }

    /** Every product, then "every product". */
    public List<String> getProducts() {
        List<String> products =
                new ArrayList<>(Arrays.stream(ProductType.values()).map(Enum::name).toList());
        products.add("*");
        return products;
    }

    public List<SelectItem> getCrmChoices() {
        return crmChoices;
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isFound() {
        return found;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = ViewParameters.id(id);
    }

    public String getCrm() {
        return crm;
    }

    public void setCrm(String crm) {
        this.crm = ViewParameters.id(crm);
    }

    public String getCrmName() {
        return crmName;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public boolean isEverywhere() {
        return everywhere;
    }

    public void setEverywhere(boolean everywhere) {
        this.everywhere = everywhere;
    }

    public List<String> getDepartements() {
        return departements;
    }

    public void setDepartements(List<String> departements) {
        this.departements = departements == null ? new ArrayList<>() : departements;
    }

    public Integer getCapPerDay() {
        return capPerDay;
    }

    public void setCapPerDay(Integer capPerDay) {
        this.capPerDay = capPerDay;
    }

    public Integer getCapPerWeek() {
        return capPerWeek;
    }

    public void setCapPerWeek(Integer capPerWeek) {
        this.capPerWeek = capPerWeek;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
