package fr.enersolar.crm.connector.spi;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a partner may see of one lead for one delivery attempt: the lead's id, its product, when it
 * was registered, the {@linkplain LeadField fields} the visitor gave (only non-blank ones are kept)
 * and the partner API key to use for this send. The key depends on the lead (the form's key for the
 * home CRM, the CRM × product key for a cross-CRM send), so it travels with the lead rather than in
 * the connector's settings. It is a secret: {@link #toString()} never shows it, nor any personal
 * data.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @since 1.0
 */
public final class LeadPayload {

    private final String leadId;
    private final String productType;
    private final Instant registeredAt;
    private final String apiKey;
    private final Map<LeadField, String> fields;

    private LeadPayload(Builder builder) {
        this.leadId = builder.leadId;
        this.productType = builder.productType;
        this.registeredAt = builder.registeredAt;
        this.apiKey = builder.apiKey;
        this.fields = Collections.unmodifiableMap(new EnumMap<>(builder.fields));
    }

    /**
     * Starts a payload.
     *
     * @param leadId the lead's id in EnerSolar CRM, not blank
     * @param productType the product ({@code PV}, {@code PAC}, {@code ITE}), not blank
     * @param registeredAt when the lead was registered
     * @param apiKey the partner key for this send, not blank
     * @return a builder
     */
    public static Builder builder(
            String leadId, String productType, Instant registeredAt, String apiKey) {
        return new Builder(leadId, productType, registeredAt, apiKey);
    }

    /**
     * The lead's id in EnerSolar CRM: the same for every attempt to deliver this lead.
     *
     * @return the id
     */
    public String leadId() {
        return leadId;
    }

    /**
     * The product the lead is for ({@code PV}, {@code PAC}, {@code ITE}).
     *
     * @return the product code
     */
    public String productType() {
        return productType;
    }

    /**
     * When the lead was registered (the original contract sends it as Unix seconds, {@code
     * register_date}).
     *
     * @return the instant
     */
    public Instant registeredAt() {
        return registeredAt;
    }

    /**
     * The partner API key to use for this send. A secret: never log it; mask it in what {@link
     * DeliveryResult#request()} records.
     *
     * @return the raw key
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * One field's value.
     *
     * @param field the field
     * @return the value, or an empty string when the visitor gave none
     */
    public String get(LeadField field) {
        return fields.getOrDefault(field, "");
    }

    /**
     * The non-blank fields, in {@link LeadField} order.
     *
     * @return an unmodifiable map
     */
    public Map<LeadField, String> fields() {
        return fields;
    }

    /** The lead id, the product and which fields are set: no personal data, no key. */
    @Override
    public String toString() {
        return "LeadPayload[leadId="
                + leadId
                + ", product="
                + productType
                + ", fields="
                + fields.keySet()
                + "]";
    }

    /**
     * Builds a {@link LeadPayload}.
     *
     * @since 1.0
     */
    public static final class Builder {
        private final String leadId;
        private final String productType;
        private final Instant registeredAt;
        private final String apiKey;
        private final Map<LeadField, String> fields = new EnumMap<>(LeadField.class);

        private Builder(String leadId, String productType, Instant registeredAt, String apiKey) {
            this.leadId = requireText("leadId", leadId);
            this.productType = requireText("productType", productType);
            this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
            this.apiKey = requireText("apiKey", apiKey);
        }

        /**
         * Sets a field; a {@code null} or blank value leaves it unset.
         *
         * @param field the field
         * @param value the value as submitted
         * @return this builder
         */
        public Builder set(LeadField field, String value) {
            Objects.requireNonNull(field, "field");
            if (value == null || value.isBlank()) {
                fields.remove(field);
            } else {
                fields.put(field, value);
            }
            return this;
        }

        /**
         * Builds the payload.
         *
         * @return the payload
         */
        public LeadPayload build() {
            return new LeadPayload(this);
        }

        private static String requireText(String what, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return value;
        }
    }
}
