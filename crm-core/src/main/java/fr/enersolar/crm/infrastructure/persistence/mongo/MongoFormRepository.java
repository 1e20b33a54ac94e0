package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MongoFormRepository implements FormRepository {

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
}
