package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.domain.model.billing.BillingLine;
import fr.enersolar.crm.domain.model.billing.BillingStatement;
import fr.enersolar.crm.domain.model.billing.BillingStatementId;
import fr.enersolar.crm.domain.model.billing.BillingStatementRepository;
import fr.enersolar.crm.domain.model.billing.BillingStatus;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.shared.CodeAlreadyUsedException;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoBillingStatementRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject BillingStatementRepository statements;
    @Inject StoreIndexes indexes;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final CrmId zr7 = CrmId.generate();
    private final CrmId mdl = CrmId.generate();
    private final YearMonth february = YearMonth.of(2026, 2);

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        indexes.ensure();
    }

    private BillingStatement statement(YearMonth period) {
        return new BillingStatement(
                BillingStatementId.generate(),
                period,
                zr7,
                mdl,
                List.of(
                        BillingLine.of("PV", "75", 3, 2500),
                        BillingLine.of("PAC", "default", 2, 1000)),
                now);
    }

    @Test
    void storesTheBreakdownAndItsTotalsInCents() {
        statements.store(statement(february));

        BillingStatement found = statements.forPeriod(february, zr7, mdl).orElseThrow();
        assertThat(found.totalLeads()).isEqualTo(5);
        assertThat(found.totalAmountCents()).isEqualTo(9500);
        assertThat(found.breakdown())
                .containsExactly(
                        new BillingLine("PV", "75", 3, 2500, 7500),
                        new BillingLine("PAC", "default", 2, 1000, 2000));
        assertThat(found.status()).isEqualTo(BillingStatus.DRAFT);
        assertThat(found.calculatedAt()).isEqualTo(now);
        assertThat(statements.forPeriod(february, mdl, zr7)).isEmpty();
    }

    @Test
    void aStatementMovesFromDraftToSentToPaid() {
        BillingStatement s = statement(february);
        statements.store(s);
        s.markSent(now.plusSeconds(1));
        statements.store(s);
        s.markPaid(now.plusSeconds(2));
        statements.store(s);

        BillingStatement found = statements.find(s.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(BillingStatus.PAID);
        assertThat(found.updatedAt()).isEqualTo(now.plusSeconds(2));
        assertThatThrownBy(() -> found.markSent(now)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listsAYearByMonth() {
        statements.store(statement(YearMonth.of(2026, 3)));
        statements.store(statement(february));
        statements.store(statement(YearMonth.of(2025, 12)));

        assertThat(statements.ofYear(2026))
                .extracting(BillingStatement::period)
                .containsExactly(february, YearMonth.of(2026, 3));
    }

    @Test
    void refusesASecondStatementForTheSameMonthAndCrms() {
        statements.store(statement(february));

        assertThatThrownBy(() -> statements.store(statement(february)))
                .isInstanceOf(CodeAlreadyUsedException.class);
    }
}
