package fr.enersolar.crm.application.leads;

import fr.enersolar.crm.domain.model.shared.ProductType;
import java.util.EnumMap;
import java.util.Map;

/** A number of leads, in all and per product ({@code {total, PV, PAC, ITE}} in the seed's JSON). */
public record ProductCounts(long total, Map<ProductType, Long> perProduct) {

    public ProductCounts {
        EnumMap<ProductType, Long> all = new EnumMap<>(ProductType.class);
        for (ProductType p : ProductType.values()) {
            all.put(p, perProduct.getOrDefault(p, 0L));
        }
        perProduct = Map.copyOf(all);
    }

    public static ProductCounts none() {
        return new ProductCounts(0, Map.of());
    }

    public long of(ProductType product) {
        return perProduct.get(product);
    }
}
