package fr.enersolar.crm.application.settings;

import fr.enersolar.crm.application.InvalidInputException;
import fr.enersolar.crm.application.NotFoundException;
import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.application.routing.PartnerKeys;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.crm.RedistributionKey;
import fr.enersolar.crm.domain.model.crm.RedistributionKeyRepository;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.shared.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partner keys per CRM and product (SPEC-seed §19 "redistribution keys"): the key a lead
 * carries when it goes to a CRM other than its account's. Real secrets: sealed at rest by the
 * {@link SecretSealer}, shown masked, the clear value given back only in the answer that sets it,
 * and opened only by {@link #keyFor} for delivery. The activity log gets masked values only.
 */
@ApplicationScoped
public class RedistributionKeys implements PartnerKeys {

    /** Shortest and longest key accepted. */
    static final int MIN_LENGTH = 8;

    static final int MAX_LENGTH = 500;

    /** Changes set or removed through this server (see {@link #revision()}). */
    private final java.util.concurrent.atomic.AtomicLong revision =
            new java.util.concurrent.atomic.AtomicLong();

    @Inject RedistributionKeyRepository keys;
    @Inject CrmRepository crms;
    @Inject SecretSealer sealer;
    @Inject ActivityJournal activity;
    @Inject Clock clock;

    /**
     * A key as staff see it, with its CRM's names.
     *
     * @param key the stored key (sealed; only its mask is shown)
     * @param crm its CRM, when it still exists
     */
    public record Listed(RedistributionKey key, Optional<Crm> crm) {}

    /** Every key, masked. */
    public List<Listed> list() {
        return keys.all().stream().map(k -> new Listed(k, crms.find(k.crm()))).toList();
    }

    /**
     * Sets the key of a CRM and a product ({@code *} = every product without its own key).
     *
     * @return the stored key (the clear value is the caller's {@code clearKey}, shown once)
     * @throws NotFoundException for an unknown CRM ({@code CRM non trouvé})
     * @throws InvalidInputException for a malformed product or key
     */
    public RedistributionKey set(
            StaffIdentity by, String crmId, String product, String clearKey, String clientIp) {
        Crm crm = crm(crmId);
        Optional<ProductType> scope = scope(product);
        String key = checkedKey(clearKey);
        Instant now = clock.instant();
        Optional<RedistributionKey> existing = keys.find(crm.id(), scope);
        // read before the replacement below changes the same object
        Optional<String> maskedBefore = existing.map(RedistributionKey::maskedKey);
        RedistributionKey stored;
        if (existing.isPresent()) {
            stored = existing.get();
            stored.replace(sealer.seal(key), SecretSealer.mask(key), now, by.user());
        } else {
            stored =
                    new RedistributionKey(
                            crm.id(),
                            scope,
                            sealer.seal(key),
                            SecretSealer.mask(key),
                            now,
                            by.user());
        }
        keys.store(stored);
        revision.incrementAndGet();
        activity.recordChange(
                by.actor(),
                existing.isPresent() ? ActivityAction.UPDATE : ActivityAction.CREATE,
                subject(crm, stored.productScope()),
                maskedBefore.map(m -> Map.<String, Object>of("api_key", m)).orElse(null),
                Map.of("api_key", stored.maskedKey()),
                clientIp);
        return stored;
    }

    /**
     * Deletes the key of a CRM and a product.
     *
     * @throws NotFoundException for an unknown CRM or key
     */
    public void remove(StaffIdentity by, String crmId, String product, String clientIp) {
        Crm crm = crm(crmId);
        Optional<ProductType> scope = scope(product);
        RedistributionKey existing =
                keys.find(crm.id(), scope)
                        .orElseThrow(() -> new NotFoundException("Clé non trouvée"));
        keys.remove(crm.id(), scope);
        revision.incrementAndGet();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("api_key", existing.maskedKey());
        activity.recordChange(
                by.actor(),
                ActivityAction.DELETE,
                subject(crm, existing.productScope()),
                before,
                null,
                clientIp);
    }

    /**
     * The clear key to present to {@code crm} for a lead of {@code product}: the product's own key,
     * else the CRM's every-product key. For delivery only: never show or log it.
     */
    @Override
    public Optional<String> keyFor(CrmId crm, ProductType product) {
        return keys.find(crm, Optional.of(product))
                .or(() -> keys.find(crm, Optional.empty()))
                .map(k -> sealer.open(k.sealedKey()));
    }

    @Override
    public long revision() {
        return revision.get();
    }

    private Crm crm(String crmId) {
        CrmId id;
        try {
            id = new CrmId(crmId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("CRM non trouvé");
        }
        return crms.find(id).orElseThrow(() -> new NotFoundException("CRM non trouvé"));
    }

    /** {@code PV}, {@code PAC}, {@code ITE} (any case), or {@code *} for every product. */
    static Optional<ProductType> scope(String product) {
        if (product != null && product.trim().equals(RedistributionKey.ANY_PRODUCT)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProductType.parse(product));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("product_type", "doit être PV, PAC, ITE ou *");
        }
    }

    private static String checkedKey(String key) {
        String value = key == null ? "" : key.trim();
        if (value.isEmpty()) {
            throw new InvalidInputException("api_key", "champ requis");
        }
        if (value.length() < MIN_LENGTH
                || value.length() > MAX_LENGTH
                || value.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new InvalidInputException(
                    "api_key",
                    MIN_LENGTH
                            + " à "
                            + MAX_LENGTH
                            + " caractères ASCII visibles, sans espace (elle voyage dans un en-tête"
                            + " HTTP)");
        }
        return value;
    }

    private static Subject subject(Crm crm, String scope) {
        return new Subject(
                "redistribution_key",
                crm.id().value() + ":" + scope,
                crm.slug().value() + " " + scope);
    }
}
