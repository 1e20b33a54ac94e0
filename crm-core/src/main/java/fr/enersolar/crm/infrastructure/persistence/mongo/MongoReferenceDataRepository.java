package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.reference.DiffusionSource;
import fr.enersolar.crm.domain.model.reference.DiffusionSourceId;
import fr.enersolar.crm.domain.model.reference.LibraryImage;
import fr.enersolar.crm.domain.model.reference.LibraryImageId;
import fr.enersolar.crm.domain.model.reference.ProductDefinition;
import fr.enersolar.crm.domain.model.reference.ProductDefinitionId;
import fr.enersolar.crm.domain.model.reference.ReferenceDataRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;

/**
 * The settings' reference data through the JNoSQL template; unique indexes guard slugs and codes.
 */
@ApplicationScoped
public class MongoReferenceDataRepository implements ReferenceDataRepository {

    @Inject MongoStore store;

    @Override
    public void addSource(DiffusionSource source) {
        MongoErrors.uniqueCode(source.slug().value(), () -> store.template().insert(source));
    }

    @Override
    public List<DiffusionSource> sources(int limit) {
        return store.template()
                .select(DiffusionSource.class)
                .orderBy("name")
                .asc()
                .limit(limit)
                .result();
    }

    @Override
    public long countSources() {
        return store.template().count(DiffusionSource.class);
    }

    @Override
    public boolean removeSource(DiffusionSourceId id) {
        return Templates.remove(store.template(), DiffusionSource.class, id.value());
    }

    @Override
    public void addProduct(ProductDefinition product) {
        MongoErrors.uniqueCode(product.code(), () -> store.template().insert(product));
    }

    @Override
    public void storeProduct(ProductDefinition product) {
        store.template().update(product);
    }

    @Override
    public Optional<ProductDefinition> findProduct(ProductDefinitionId id) {
        return store.template().find(ProductDefinition.class, id.value());
    }

    @Override
    public List<ProductDefinition> products(int limit) {
        return store.template()
                .select(ProductDefinition.class)
                .orderBy("code")
                .asc()
                .limit(limit)
                .result();
    }

    @Override
    public long countProducts() {
        return store.template().count(ProductDefinition.class);
    }

    @Override
    public void addImage(LibraryImage image) {
        store.template().insert(image);
    }

    @Override
    public List<LibraryImage> images(Optional<String> category, int offset, int limit) {
        SelectQuery.QueryBuilder query =
                SelectQuery.builder()
                        .from("images")
                        .sort(Sort.desc("created_at"))
                        .skip(offset)
                        .limit(limit);
        category.ifPresent(c -> query.where(CriteriaCondition.eq("category", c)));
        return store.template().<LibraryImage>select(query.build()).toList();
    }

    @Override
    public long countImages(Optional<String> category) {
        SelectQuery.QueryBuilder query = SelectQuery.builder().from("images");
        category.ifPresent(c -> query.where(CriteriaCondition.eq("category", c)));
        return store.template().count(query.build());
    }

    @Override
    public boolean removeImage(LibraryImageId id) {
        return Templates.remove(store.template(), LibraryImage.class, id.value());
    }
}
