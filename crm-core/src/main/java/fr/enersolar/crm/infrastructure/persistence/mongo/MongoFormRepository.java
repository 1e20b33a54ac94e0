package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormQuery;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.bson.Document;

@ApplicationScoped
public class MongoFormRepository implements FormRepository {

    static final String COLLECTION = "forms";
    private static final String KEY = "crm_api_key";

    @Inject MongoStore store;
    @Inject MongoCodeSequences sequences;

    /** One sequence per product: {@code form_PV}, {@code form_PAC}, {@code form_ITE}. */
    static String sequence(ProductType product) {
        return "form_" + product.name();
    }

    @Override
    public void store(Form form) {
        MongoErrors.uniqueCode(
                form.code().value(),
                () -> Templates.upsert(store.template(), Form.class, form.id().value(), form));
    }

    @Override
    public Optional<Form> find(FormId id) {
        return store.template().find(Form.class, id.value());
    }

    @Override
    public Optional<Form> findByCode(FormCode code) {
        return store.template().select(Form.class).where("code").eq(code.value()).singleResult();
    }

    @Override
    public FormCode nextCode(ProductType product) {
        return FormCode.of(product, Math.toIntExact(sequences.next(sequence(product))));
    }

    @Override
    public List<Form> ofAccount(AccountId account, int offset, int limit) {
        return Templates.newestFirstWhere(
                store.template(), Form.class, "accountId", account.value(), offset, limit);
    }

    @Override
    public List<Form> ofLp(LpId lp) {
        return store.template()
                .select(Form.class)
                .where("lpId")
                .eq(lp.value())
                .orderBy("code")
                .asc()
                .result();
    }

    @Override
    public long count() {
        return store.template().count(Form.class);
    }

    @Override
    public List<Form> list(FormQuery query, int offset, int limit) {
        return selection(query).newestFirst(store.template(), offset, limit);
    }

    @Override
    public long count(FormQuery query) {
        return store.database().getCollection(COLLECTION).countDocuments(selection(query).filter());
    }

    @Override
    public long countOfAccount(AccountId account) {
        return store.database()
                .getCollection(COLLECTION)
                .countDocuments(Filters.eq("account_id", account.value()));
    }

    @Override
    public List<Form> findAll(Collection<FormId> ids) {
        return Selections.byIds(
                store.template(), Form.class, ids.stream().map(FormId::value).distinct().toList());
    }

    /**
     * Reads only the keys (a cursor, not the collection in memory) and replaces each clear one by
     * its sealed form, on condition that it did not change meanwhile.
     */
    @Override
    public int sealClearCrmApiKeys(Predicate<String> isSealed, UnaryOperator<String> seal) {
        var collection = store.database().getCollection(COLLECTION);
        int sealed = 0;
        for (Document doc :
                collection
                        .find(Filters.and(Filters.type(KEY, "string"), Filters.ne(KEY, "")))
                        .projection(Projections.include(KEY))) {
            String key = doc.getString(KEY);
            if (key.isBlank() || isSealed.test(key)) {
                continue;
            }
            sealed +=
                    collection
                                            .updateOne(
                                                    Filters.and(
                                                            Filters.eq("_id", doc.get("_id")),
                                                            Filters.eq(KEY, key)),
                                                    Updates.set(KEY, seal.apply(key.trim())))
                                            .getModifiedCount()
                                    > 0
                            ? 1
                            : 0;
        }
        return sealed;
    }

    private static Selections<Form> selection(FormQuery query) {
        Selections<Form> selection = Selections.of(Form.class);
        query.account().ifPresent(a -> selection.eq("accountId", "account_id", a.value()));
        query.product().ifPresent(p -> selection.eq("productType", "product_type", p.name()));
        query.status().ifPresent(selection::status);
        return selection;
    }
}
