package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoAccountRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject AccountRepository accounts;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    @Test
    void storesAndFindsAnAccountWithEveryField() {
        CrmId zr7 = CrmId.generate();
        Account account = new Account(AccountId.generate(), "Solaire Plus", zr7, now, "u1");
        account.tagManager("<script>h</script>", "<noscript/>", "gtag()", now, "u1");

        accounts.store(account);

        Account found = accounts.find(account.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("Solaire Plus");
        assertThat(found.primaryCrm()).isEqualTo(zr7);
        assertThat(found.gtmConversion()).isEqualTo("gtag()");
        assertThat(found.primaryColor()).isEqualTo("#3B82F6");
        assertThat(found.createdAt()).isEqualTo(now);
    }

    @Test
    void storeReplacesTheExistingDocument() {
        Account account = new Account(AccountId.generate(), "Avant", CrmId.generate(), now, "u1");
        accounts.store(account);

        account.rename("Après", now.plusSeconds(5), "u2");
        accounts.store(account);

        assertThat(accounts.count()).isEqualTo(1);
        Account found = accounts.find(account.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("Après");
        assertThat(found.updatedBy()).isEqualTo("u2");
    }

    @Test
    void listsAccountsOfOneCrmSortedByName() {
        CrmId zr7 = CrmId.generate();
        CrmId mdl = CrmId.generate();
        accounts.store(new Account(AccountId.generate(), "Zeta", zr7, now, null));
        accounts.store(new Account(AccountId.generate(), "Alpha", zr7, now, null));
        accounts.store(new Account(AccountId.generate(), "Beta", mdl, now, null));

        assertThat(accounts.ofCrm(zr7)).extracting(Account::name).containsExactly("Alpha", "Zeta");
        assertThat(accounts.all(1, 10)).extracting(Account::name).containsExactly("Beta", "Zeta");
    }

    @Test
    void removeReportsWhetherTheAccountExisted() {
        Account account = new Account(AccountId.generate(), "X", CrmId.generate(), now, null);
        accounts.store(account);

        assertThat(accounts.remove(account.id())).isTrue();
        assertThat(accounts.remove(account.id())).isFalse();
        assertThat(accounts.find(account.id())).isEmpty();
    }

    @Test
    void listsAndCountsTheAccountsOfACrmByName() {
        CrmId zr7 = CrmId.generate();
        CrmId mdl = CrmId.generate();
        Account b = new Account(AccountId.generate(), "Bravo", zr7, now, null);
        Account a = new Account(AccountId.generate(), "Alpha", zr7, now, null);
        Account c = new Account(AccountId.generate(), "Charlie", mdl, now, null);
        List.of(b, a, c).forEach(accounts::store);

        assertThat(accounts.list(Optional.of(zr7), 0, 10))
                .extracting(Account::name)
                .containsExactly("Alpha", "Bravo");
        assertThat(accounts.count(Optional.of(zr7))).isEqualTo(2);
        assertThat(accounts.list(Optional.empty(), 1, 1))
                .extracting(Account::name)
                .containsExactly("Bravo");
        assertThat(accounts.count(Optional.empty())).isEqualTo(3);
        assertThat(accounts.findAll(List.of(a.id(), c.id())))
                .extracting(Account::name)
                .containsExactlyInAnyOrder("Alpha", "Charlie");
    }
}
