package fr.enersolar.crm.domain.model.form;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.shared.ArchivableRecord;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.shared.TrackingType;
import fr.enersolar.crm.domain.model.user.UserId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lead form of an account, known by its code ({@code PV-001}). Every lead comes through a form:
 * the form gives the lead its product, its account (hence its primary CRM) and the partner key used
 * to deliver it, and says whether the lead may go to another CRM when the primary one has no
 * matching commande ({@code allow_cross_crm}, stored from creation on, default true).
 */
@Entity("forms")
public class Form extends ArchivableRecord {

    /** What a form requires when staff said nothing else. */
    public static final List<String> DEFAULT_REQUIRED_FIELDS =
            List.of("phone", "nom", "departement");

    @Id private String id;
    @Column private String code;

    @Column("account_id")
    private String accountId;

    @Column private String name;
    @Column private String url;

    @Column("product_type")
    private String productType;

    @Column("lp_id")
    private String lpId;

    /**
     * The partner key sent as {@code Authorization}, sealed ({@code SecretSealer}); documents from
     * before sealing may still hold it in clear until the store is prepared.
     */
    @Column("crm_api_key")
    private String crmApiKey;

    @Column("allow_cross_crm")
    private boolean allowCrossCrm;

    @Column("tracking_type")
    private String trackingType;

    @Column("redirect_url")
    private String redirectUrl;

    @Column private String notes;

    /** The submission fields this form requires; null in documents older than the field. */
    @Column("required_fields")
    private List<String> requiredFields;

    /** The version of the consent text the form shows, recorded as evidence on each lead. */
    @Column("consent_text_version")
    private String consentTextVersion;

    /** For the mapper only. */
    protected Form() {}

    /** A new active form allowing cross-CRM routing, with redirect tracking to /merci. */
    public Form(
            FormId id,
            FormCode code,
            AccountId account,
            String name,
            String url,
            Instant createdAt,
            UserId createdBy) {
        super(createdAt, createdBy);
        this.id = Objects.requireNonNull(id).value();
        this.code = Objects.requireNonNull(code, "form code is required").value();
        this.accountId = Objects.requireNonNull(account, "account is required").value();
        this.name = name == null ? "" : name.trim();
        this.url = requireUrl(url);
        this.productType = code.product().name();
        this.crmApiKey = "";
        this.allowCrossCrm = true;
        this.trackingType = TrackingType.REDIRECT.wire();
        this.redirectUrl = "/merci";
        this.notes = "";
    }

    private static String requireUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("form url is required");
        }
        return url.trim();
    }

    public FormId id() {
        return new FormId(id);
    }

    public FormCode code() {
        return new FormCode(code);
    }

    public AccountId account() {
        return new AccountId(accountId);
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    /** The product of the leads of this form; it drives routing. */
    public ProductType productType() {
        return ProductType.parse(productType);
    }

    /** The landing page that sends visitors here, if any. */
    public Optional<LpId> lp() {
        return lpId == null || lpId.isEmpty() ? Optional.empty() : Optional.of(new LpId(lpId));
    }

    /**
     * The partner key as stored: sealed by a {@code SecretSealer}, to be opened only to send it to
     * the partner, and shown masked. Empty when the form has none.
     */
    public String sealedCrmApiKey() {
        return crmApiKey == null ? "" : crmApiKey;
    }

    /** False means no routing at all: the seed's {@code no_crm} without a key. */
    public boolean hasCrmApiKey() {
        return !sealedCrmApiKey().isBlank();
    }

    public boolean allowsCrossCrm() {
        return allowCrossCrm;
    }

    public TrackingType trackingType() {
        return TrackingType.fromWire(trackingType);
    }

    public String redirectUrl() {
        return redirectUrl;
    }

    public String notes() {
        return notes;
    }

    /**
     * The fields a submission must carry; the seed's form asked for phone, name and département.
     */
    public List<String> requiredFields() {
        return requiredFields == null ? DEFAULT_REQUIRED_FIELDS : List.copyOf(requiredFields);
    }

    /** The consent text version shown by the form ({@code v1} until staff say otherwise). */
    public String consentTextVersion() {
        return consentTextVersion == null || consentTextVersion.isBlank()
                ? "v1"
                : consentTextVersion;
    }

    /** Changes which fields the form requires (the phone always is). */
    public void require(List<String> fields, Instant at, UserId by) {
        List<String> required = new java.util.ArrayList<>(List.of("phone"));
        fields.stream().filter(f -> !required.contains(f)).forEach(required::add);
        this.requiredFields = required;
        touch(at, by);
    }

    /** Records that the form now shows another version of the consent text. */
    public void showConsentText(String version, Instant at, UserId by) {
        this.consentTextVersion = Objects.requireNonNull(version).trim();
        touch(at, by);
    }

    /** Links the form to the landing page that sends visitors to it. */
    public void linkLp(LpId lp, Instant at, UserId by) {
        this.lpId = Objects.requireNonNull(lp, "LP is required").value();
        touch(at, by);
    }

    public void describe(String name, String url, Instant at, UserId by) {
        this.name = name == null ? "" : name.trim();
        this.url = requireUrl(url);
        touch(at, by);
    }

    /**
     * Replaces the partner key used to deliver this form's leads.
     *
     * @param sealedKey the key as a {@code SecretSealer} sealed it (never the clear key)
     */
    public void useSealedCrmApiKey(String sealedKey, Instant at, UserId by) {
        this.crmApiKey = sealedKey == null ? "" : sealedKey;
        touch(at, by);
    }

    /** Changes the product of this form's leads (the code keeps its prefix: codes never change). */
    public void sell(ProductType product, Instant at, UserId by) {
        this.productType = Objects.requireNonNull(product, "product is required").name();
        touch(at, by);
    }

    /** Detaches the form from its landing page. */
    public void unlinkLp(Instant at, UserId by) {
        this.lpId = null;
        touch(at, by);
    }

    /** Allows or forbids sending this form's leads to a CRM other than the account's. */
    public void allowCrossCrm(boolean allowed, Instant at, UserId by) {
        this.allowCrossCrm = allowed;
        touch(at, by);
    }

    /** Says what happens after a successful submit. */
    public void trackWith(TrackingType type, String redirectUrl, Instant at, UserId by) {
        this.trackingType = Objects.requireNonNull(type).wire();
        this.redirectUrl = redirectUrl == null || redirectUrl.isBlank() ? "/merci" : redirectUrl;
        touch(at, by);
    }

    public void annotate(String notes, Instant at, UserId by) {
        this.notes = notes == null ? "" : notes;
        touch(at, by);
    }

    /** Takes the form out of use; its leads stay. */
    public void archive(Instant at, UserId by) {
        markArchived(at, by);
    }

    /** Puts an archived form back in use. */
    public void restore(Instant at, UserId by) {
        markRestored(at, by);
    }

    /**
     * An active copy under a new id and code, named {@code "<name> (copie)"}, with every setting of
     * this one (the same sealed partner key, the same landing page).
     */
    public Form duplicate(FormId newId, FormCode newCode, Instant at, UserId by) {
        Form copy = new Form(newId, newCode, account(), name + " (copie)", url, at, by);
        copy.productType = productType;
        copy.lpId = lpId;
        copy.crmApiKey = sealedCrmApiKey();
        copy.allowCrossCrm = allowCrossCrm;
        copy.trackingType = trackingType;
        copy.redirectUrl = redirectUrl;
        copy.notes = notes;
        copy.requiredFields = requiredFields == null ? null : List.copyOf(requiredFields);
        copy.consentTextVersion = consentTextVersion;
        return copy;
    }

    /** Names the form without its partner key. */
    @Override
    public String toString() {
        return "Form[" + code + " " + name + "]";
    }
}
