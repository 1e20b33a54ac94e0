package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.billing.BillingStatement;
import fr.enersolar.crm.domain.model.billing.BillingStatementId;
import fr.enersolar.crm.domain.model.billing.BillingStatementRepository;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MongoBillingStatementRepository implements BillingStatementRepository {

    @Inject MongoStore store;

    @Override
    public void store(BillingStatement statement) {
        MongoErrors.uniqueCode(
                statement.period() + " " + statement.from() + "→" + statement.to(),
                () ->
                        Templates.upsert(
                                store.template(),
                                BillingStatement.class,
                                statement.id().value(),
                                statement));
    }

    @Override
    public Optional<BillingStatement> find(BillingStatementId id) {
        return store.template().find(BillingStatement.class, id.value());
    }

    @Override
    public Optional<BillingStatement> forPeriod(YearMonth period, CrmId from, CrmId to) {
        return store.template()
                .select(BillingStatement.class)
                .where("year")
                .eq(period.getYear())
                .and("month")
                .eq(period.getMonthValue())
                .and("fromCrmId")
                .eq(from.value())
                .and("toCrmId")
                .eq(to.value())
                .singleResult();
    }

    @Override
    public List<BillingStatement> ofYear(int year) {
        return store.template()
                .select(BillingStatement.class)
                .where("year")
                .eq(year)
                .orderBy("month")
                .asc()
                .result();
    }
}
