package fr.enersolar.crm.domain.model.lp;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.shared.ArchivableRecord;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.shared.TrackingType;
import fr.enersolar.crm.domain.model.user.UserId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A landing page of an account: a marketing page on a customer's site, known by its code ({@code
 * LP-001}), that sends visitors to its form (on the page itself or on a separate page) and counts
 * visits and clicks through the tracking script. It is archived, never deleted.
 *
 * <p>Unlike the seed, the LP keeps no copy of the partner key: the key given with an LP is its
 * form's, stored sealed there only (one copy of a secret, not two that drift apart).
 */
@Entity("lps")
public class Lp extends ArchivableRecord {

    @Id private String id;
    @Column private String code;

    @Column("account_id")
    private String accountId;

    @Column private String name;
    @Column private String url;

    @Column("product_type")
    private String productType;

    @Column("form_mode")
    private String formMode;

    @Column("form_id")
    private String formId;

    @Column("form_url")
    private String formUrl;

    @Column("tracking_type")
    private String trackingType;

    @Column("redirect_url")
    private String redirectUrl;

    @Column("source_type")
    private String sourceType;

    @Column("source_name")
    private String sourceName;

    @Column private String notes;

    /** For the mapper only. */
    protected Lp() {}

    /**
     * A new active landing page with the seed's defaults: redirect form mode and tracking, /merci.
     */
    public Lp(
            LpId id,
            LpCode code,
            AccountId account,
            String name,
            String url,
            ProductType product,
            Instant createdAt,
            UserId createdBy) {
        super(createdAt, createdBy);
        this.id = Objects.requireNonNull(id).value();
        this.code = Objects.requireNonNull(code, "LP code is required").value();
        this.accountId = Objects.requireNonNull(account, "account is required").value();
        this.name = name == null ? "" : name.trim();
        this.url = requireUrl(url);
        this.productType = Objects.requireNonNull(product, "product is required").name();
        this.formMode = FormMode.REDIRECT.wire();
        this.formUrl = "";
        this.trackingType = TrackingType.REDIRECT.wire();
        this.redirectUrl = "/merci";
        this.sourceType = SourceType.NATIVE.wire();
        this.sourceName = "";
        this.notes = "";
    }

    private static String requireUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("LP url is required");
        }
        return url.trim();
    }

    public LpId id() {
        return new LpId(id);
    }

    public LpCode code() {
        return new LpCode(code);
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

    public ProductType productType() {
        return ProductType.parse(productType);
    }

    public FormMode formMode() {
        return FormMode.fromWire(formMode);
    }

    /** The linked form, absent until the LP + form duo is complete. */
    public Optional<FormId> form() {
        return formId == null || formId.isEmpty()
                ? Optional.empty()
                : Optional.of(new FormId(formId));
    }

    /** Where the form is: the LP's own URL when embedded or when no form page is given. */
    public String formUrl() {
        return formMode() == FormMode.REDIRECT && !formUrl.isEmpty() ? formUrl : url;
    }

    /** The form page's URL as staff gave it (empty when none was given). */
    public String givenFormUrl() {
        return formUrl == null ? "" : formUrl;
    }

    public TrackingType trackingType() {
        return TrackingType.fromWire(trackingType);
    }

    public String redirectUrl() {
        return redirectUrl;
    }

    public SourceType sourceType() {
        return SourceType.fromWire(sourceType);
    }

    public String sourceName() {
        return sourceName;
    }

    public String notes() {
        return notes;
    }

    /** Links the LP to its form: the second half of creating the duo. */
    public void linkForm(FormId form, Instant at, UserId by) {
        this.formId = Objects.requireNonNull(form, "form is required").value();
        touch(at, by);
    }

    /** Changes the page itself: name, URL and product. */
    public void describe(String name, String url, ProductType product, Instant at, UserId by) {
        this.name = name == null ? "" : name.trim();
        this.url = requireUrl(url);
        this.productType = Objects.requireNonNull(product, "product is required").name();
        touch(at, by);
    }

    /** Places the form on the page itself, or on a separate page at {@code formUrl}. */
    public void placeForm(FormMode mode, String formUrl, Instant at, UserId by) {
        this.formMode = Objects.requireNonNull(mode).wire();
        this.formUrl = formUrl == null ? "" : formUrl.trim();
        touch(at, by);
    }

    /** Says what happens after a successful submit. */
    public void trackWith(TrackingType type, String redirectUrl, Instant at, UserId by) {
        this.trackingType = Objects.requireNonNull(type).wire();
        this.redirectUrl = redirectUrl == null || redirectUrl.isBlank() ? "/merci" : redirectUrl;
        touch(at, by);
    }

    /** Records where the traffic comes from (Taboola, Outbrain…). */
    public void attributeTo(SourceType type, String sourceName, Instant at, UserId by) {
        this.sourceType = Objects.requireNonNull(type).wire();
        this.sourceName = sourceName == null ? "" : sourceName.trim();
        touch(at, by);
    }

    public void annotate(String notes, Instant at, UserId by) {
        this.notes = notes == null ? "" : notes;
        touch(at, by);
    }

    /** Takes the LP out of use; its leads and statistics stay. */
    public void archive(Instant at, UserId by) {
        markArchived(at, by);
    }

    /** Puts an archived LP back in use. */
    public void restore(Instant at, UserId by) {
        markRestored(at, by);
    }

    /**
     * An active copy under a new id and code, named {@code "<name> (copie)"}, with every setting of
     * this one and no form yet (the caller links the copy of the form).
     */
    public Lp duplicate(LpId newId, LpCode newCode, Instant at, UserId by) {
        Lp copy = new Lp(newId, newCode, account(), name + " (copie)", url, productType(), at, by);
        copy.formMode = formMode;
        copy.formUrl = formUrl;
        copy.trackingType = trackingType;
        copy.redirectUrl = redirectUrl;
        copy.sourceType = sourceType;
        copy.sourceName = sourceName;
        copy.notes = notes;
        return copy;
    }

    @Override
    public String toString() {
        return "Lp[" + code + " " + name + "]";
    }
}
