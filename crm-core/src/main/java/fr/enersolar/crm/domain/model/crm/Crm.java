package fr.enersolar.crm.domain.model.crm;

import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A buyer CRM (ZR7 Digital, Maison du Lead): a partner system that receives leads over its HTTP
 * API. Routing sends a lead to a CRM that has an active commande for it; the {@code commandes} map
 * kept here is the seed's legacy field, stored and shown but never used for routing.
 */
@Entity("crms")
public class Crm {

    @Id private String id;
    @Column private String name;
    @Column private String slug;

    @Column("api_url")
    private String apiUrl;

    @Column private String description;

    /**
     * Legacy {@code {"PAC": ["75", "92"]}}; routing reads the commandes collection instead. Typed
     * {@code Object} because JNoSQL 1.1 cannot map a map whose values are generic lists.
     */
    @Column private Map<String, Object> commandes;

    /** The connector delivering to this CRM; null (older documents) = the CRM's slug. */
    @Column("connector_id")
    private String connectorId;

    /**
     * The connector's settings (key → value; blank values left out), secret-typed values sealed
     * ({@code ConnectorSecrets}; one stored in clear before sealing existed stays so until the next
     * save). Typed {@code Object} like {@link #commandes}, read back as strings.
     */
    @Column("connector_settings")
    private Map<String, Object> connectorSettings;

    @Convert(InstantAsDate.class)
    @Column("created_at")
    private Instant createdAt;

    @Convert(InstantAsDate.class)
    @Column("updated_at")
    private Instant updatedAt;

    /** For the mapper only. */
    protected Crm() {}

    public Crm(CrmId id, String name, CrmSlug slug, String apiUrl, Instant createdAt) {
        this.id = Objects.requireNonNull(id).value();
        this.name = requireText("CRM name", name);
        this.slug = Objects.requireNonNull(slug, "slug is required").value();
        this.apiUrl = requireText("CRM API URL", apiUrl);
        this.description = "";
        this.commandes = new LinkedHashMap<>();
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = createdAt;
    }

    private static String requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.trim();
    }

    public CrmId id() {
        return new CrmId(id);
    }

    public String name() {
        return name;
    }

    public CrmSlug slug() {
        return new CrmSlug(slug);
    }

    public String apiUrl() {
        return apiUrl;
    }

    public String description() {
        return description;
    }

    /** The legacy per-product département lists, as stored. */
    public Map<String, List<String>> legacyCommandes() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (commandes != null) {
            commandes.forEach(
                    (product, depts) ->
                            copy.put(
                                    product,
                                    ((Collection<?>) depts)
                                            .stream().map(String::valueOf).toList()));
        }
        return copy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Changes what staff can edit: name, partner endpoint and description. */
    public void describe(String name, String apiUrl, String description, Instant at) {
        this.name = requireText("CRM name", name);
        this.apiUrl = requireText("CRM API URL", apiUrl);
        this.description = description == null ? "" : description;
        this.updatedAt = Objects.requireNonNull(at);
    }

    /** The id of the connector that delivers to this CRM: the one chosen, else the slug. */
    public String connectorId() {
        return connectorId == null || connectorId.isBlank() ? slug : connectorId;
    }

    /** The connector's settings as stored (secrets sealed), possibly empty. */
    public Map<String, String> connectorSettings() {
        Map<String, String> copy = new LinkedHashMap<>();
        if (connectorSettings != null) {
            connectorSettings.forEach((k, v) -> copy.put(k, String.valueOf(v)));
        }
        return copy;
    }

    /**
     * Chooses the connector and its settings. The caller has checked the values against the
     * connector's setting descriptors; blank values are dropped.
     */
    public void useConnector(String connectorId, Map<String, String> settings, Instant at) {
        this.connectorId = requireText("connector id", connectorId);
        this.connectorSettings = new LinkedHashMap<>();
        settings.forEach(
                (k, v) -> {
                    if (v != null && !v.isBlank()) {
                        this.connectorSettings.put(k, v.trim());
                    }
                });
        this.updatedAt = Objects.requireNonNull(at);
    }

    /** Replaces the legacy commandes map (kept for compatibility, ignored by routing). */
    public void replaceLegacyCommandes(Map<String, List<String>> commandes, Instant at) {
        this.commandes = new LinkedHashMap<>();
        commandes.forEach((product, depts) -> this.commandes.put(product, List.copyOf(depts)));
        this.updatedAt = Objects.requireNonNull(at);
    }
}
