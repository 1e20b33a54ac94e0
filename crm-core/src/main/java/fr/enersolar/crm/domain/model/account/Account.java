package fr.enersolar.crm.domain.model.account;

import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.Objects;

/**
 * A client website or brand of the operator (a <em>compte</em>). It belongs to one primary CRM, the
 * buyer that gets its leads first, and carries the branding, GTM snippets and legal texts that the
 * generated landing-page scripts use.
 */
@Entity("accounts")
public class Account {

    @Id private String id;
    @Column private String name;

    @Column("crm_id")
    private String crmId;

    @Column private String domain;

    @Column("logo_main_url")
    private String logoMainUrl;

    @Column("logo_secondary_url")
    private String logoSecondaryUrl;

    @Column("logo_mini_url")
    private String logoMiniUrl;

    @Column("primary_color")
    private String primaryColor;

    @Column("secondary_color")
    private String secondaryColor;

    @Column("privacy_policy_text")
    private String privacyPolicyText;

    @Column("legal_mentions_text")
    private String legalMentionsText;

    @Column("gtm_head")
    private String gtmHead;

    @Column("gtm_body")
    private String gtmBody;

    @Column("gtm_conversion")
    private String gtmConversion;

    @Column("default_tracking_type")
    private String defaultTrackingType;

    @Column private String notes;

    @Convert(InstantAsDate.class)
    @Column("created_at")
    private Instant createdAt;

    @Column("created_by")
    private String createdBy;

    @Convert(InstantAsDate.class)
    @Column("updated_at")
    private Instant updatedAt;

    @Column("updated_by")
    private String updatedBy;

    /** For the mapper only. */
    protected Account() {}

    /** A new account with the seed's defaults (colours, redirect tracking, empty texts). */
    public Account(
            AccountId id, String name, CrmId primaryCrm, Instant createdAt, String createdBy) {
        this.id = Objects.requireNonNull(id).value();
        this.name = requireName(name);
        this.crmId = Objects.requireNonNull(primaryCrm, "primary CRM is required").value();
        this.domain = "";
        this.logoMainUrl = "";
        this.logoSecondaryUrl = "";
        this.logoMiniUrl = "";
        this.primaryColor = "#3B82F6";
        this.secondaryColor = "#1E40AF";
        this.privacyPolicyText = "";
        this.legalMentionsText = "";
        this.gtmHead = "";
        this.gtmBody = "";
        this.gtmConversion = "";
        this.defaultTrackingType = "redirect";
        this.notes = "";
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = createdBy;
        this.updatedAt = createdAt;
        this.updatedBy = createdBy;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("account name is required");
        }
        return name.trim();
    }

    public AccountId id() {
        return new AccountId(id);
    }

    public String name() {
        return name;
    }

    /** The buyer CRM that gets this account's leads first. */
    public CrmId primaryCrm() {
        return new CrmId(crmId);
    }

    public String domain() {
        return domain;
    }

    public String logoMainUrl() {
        return logoMainUrl;
    }

    public String logoSecondaryUrl() {
        return logoSecondaryUrl;
    }

    public String logoMiniUrl() {
        return logoMiniUrl;
    }

    public String primaryColor() {
        return primaryColor;
    }

    public String secondaryColor() {
        return secondaryColor;
    }

    public String privacyPolicyText() {
        return privacyPolicyText;
    }

    public String legalMentionsText() {
        return legalMentionsText;
    }

    public String gtmHead() {
        return gtmHead;
    }

    public String gtmBody() {
        return gtmBody;
    }

    public String gtmConversion() {
        return gtmConversion;
    }

    public String defaultTrackingType() {
        return defaultTrackingType;
    }

    public String notes() {
        return notes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /** Renames the account. */
    public void rename(String newName, Instant at, String by) {
        this.name = requireName(newName);
        touch(at, by);
    }

    /** Replaces the branding shown on the landing pages and forms. */
    public void brand(
            String domain,
            String logoMain,
            String logoSecondary,
            String logoMini,
            String primaryColor,
            String secondaryColor,
            Instant at,
            String by) {
        this.domain = nullToEmpty(domain);
        this.logoMainUrl = nullToEmpty(logoMain);
        this.logoSecondaryUrl = nullToEmpty(logoSecondary);
        this.logoMiniUrl = nullToEmpty(logoMini);
        this.primaryColor = primaryColor == null ? this.primaryColor : primaryColor;
        this.secondaryColor = secondaryColor == null ? this.secondaryColor : secondaryColor;
        touch(at, by);
    }

    /** Replaces the GTM snippets injected into the generated scripts. */
    public void tagManager(String head, String body, String conversion, Instant at, String by) {
        this.gtmHead = nullToEmpty(head);
        this.gtmBody = nullToEmpty(body);
        this.gtmConversion = nullToEmpty(conversion);
        touch(at, by);
    }

    /** Replaces the legal texts shown in the landing pages' legal banner. */
    public void legalTexts(String privacyPolicy, String legalMentions, Instant at, String by) {
        this.privacyPolicyText = nullToEmpty(privacyPolicy);
        this.legalMentionsText = nullToEmpty(legalMentions);
        touch(at, by);
    }

    public void annotate(String notes, String defaultTrackingType, Instant at, String by) {
        this.notes = nullToEmpty(notes);
        if (defaultTrackingType != null) {
            this.defaultTrackingType = defaultTrackingType;
        }
        touch(at, by);
    }

    private void touch(Instant at, String by) {
        this.updatedAt = Objects.requireNonNull(at);
        this.updatedBy = by;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
