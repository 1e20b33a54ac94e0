package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.lp.FormMode;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.lp.LpQuery;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.lp.SourceType;
import fr.enersolar.crm.domain.model.shared.CodeAlreadyUsedException;
import fr.enersolar.crm.domain.model.shared.LifecycleStatus;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.shared.TrackingType;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoLpRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject LpRepository lps;
    @Inject StoreIndexes indexes;
    @Inject MongoStore store;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final AccountId account = AccountId.generate();
    private final UserId staff = UserId.generate();

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        indexes.ensure();
    }

    private Lp lp(LpCode code, AccountId of, Instant at) {
        return new Lp(
                LpId.generate(), code, of, "Solaire", "https://a.fr/lp", ProductType.PV, at, staff);
    }

    @Test
    void storesAndFindsALandingPageWithEveryField() {
        Lp lp = lp(LpCode.of(1), account, now);
        FormId form = FormId.generate();
        lp.linkForm(form, now, staff);
        lp.placeForm(FormMode.REDIRECT, "https://a.fr/form", now, staff);
        lp.trackWith(TrackingType.BOTH, "/thanks", now, staff);
        lp.attributeTo(SourceType.GOOGLE, "Ads", now, staff);
        lp.annotate("note", now.plusSeconds(2), staff);

        lps.store(lp);

        Lp found = lps.find(lp.id()).orElseThrow();
        assertThat(found.code()).isEqualTo(LpCode.of(1));
        assertThat(found.account()).isEqualTo(account);
        assertThat(found.url()).isEqualTo("https://a.fr/lp");
        assertThat(found.productType()).isEqualTo(ProductType.PV);
        assertThat(found.form()).hasValue(form);
        assertThat(found.formMode()).isEqualTo(FormMode.REDIRECT);
        assertThat(found.formUrl()).isEqualTo("https://a.fr/form");
        assertThat(found.trackingType()).isEqualTo(TrackingType.BOTH);
        assertThat(found.redirectUrl()).isEqualTo("/thanks");
        assertThat(found.sourceType()).isEqualTo(SourceType.GOOGLE);
        assertThat(found.sourceName()).isEqualTo("Ads");
        assertThat(found.notes()).isEqualTo("note");
        assertThat(found.status()).isEqualTo(LifecycleStatus.ACTIVE);
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(found.createdBy()).hasValue(staff);
        assertThat(found.updatedAt()).isEqualTo(now.plusSeconds(2));
        assertThat(found.archivedAt()).isEmpty();
    }

    @Test
    void anEmbeddedFormIsOnTheLandingPageItself() {
        Lp lp = lp(LpCode.of(1), account, now);
        lp.placeForm(FormMode.EMBEDDED, "https://elsewhere.fr", now, staff);
        lps.store(lp);

        assertThat(lps.find(lp.id()).orElseThrow().formUrl()).isEqualTo("https://a.fr/lp");
    }

    @Test
    void archivingKeepsTheLandingPageFindableByCode() {
        Lp lp = lp(LpCode.of(3), account, now);
        lps.store(lp);
        lp.archive(now.plusSeconds(60), staff);
        lps.store(lp);

        Lp found = lps.findByCode(new LpCode("lp-3")).orElseThrow();
        assertThat(found.status()).isEqualTo(LifecycleStatus.ARCHIVED);
        assertThat(found.isActive()).isFalse();
        assertThat(found.archivedAt()).hasValue(now.plusSeconds(60));
        assertThat(found.archivedBy()).hasValue(staff);
        assertThat(lps.count()).isEqualTo(1);
    }

    @Test
    void listsTheLandingPagesOfAnAccountNewestFirstOnePageAtATime() {
        AccountId other = AccountId.generate();
        lps.store(lp(LpCode.of(1), account, now));
        lps.store(lp(LpCode.of(2), account, now.plusSeconds(1)));
        lps.store(lp(LpCode.of(3), account, now.plusSeconds(2)));
        lps.store(lp(LpCode.of(4), other, now.plusSeconds(3)));

        assertThat(lps.ofAccount(account, 0, 2))
                .extracting(l -> l.code().value())
                .containsExactly("LP-003", "LP-002");
        assertThat(lps.ofAccount(account, 2, 2))
                .extracting(l -> l.code().value())
                .containsExactly("LP-001");
        assertThat(lps.all(0, 10)).hasSize(4);
    }

    @Test
    void allocatesConsecutiveCodes() {
        assertThat(lps.nextCode()).isEqualTo(LpCode.of(1));
        assertThat(lps.nextCode()).isEqualTo(LpCode.of(2));
    }

    @Test
    void refusesASecondLandingPageWithTheSameCode() {
        lps.store(lp(LpCode.of(7), account, now));

        assertThatThrownBy(() -> lps.store(lp(LpCode.of(7), account, now)))
                .isInstanceOf(CodeAlreadyUsedException.class)
                .hasMessageContaining("LP-007");
        assertThat(lps.count()).isEqualTo(1);
    }

    @Test
    void listsAndCountsByAccountAndStatusNewestFirst() {
        Lp first = lp(LpCode.of(1), account, now);
        Lp second = lp(LpCode.of(2), account, now.plusSeconds(1));
        second.archive(now.plusSeconds(2), staff);
        Lp other = lp(LpCode.of(3), AccountId.generate(), now.plusSeconds(3));
        List.of(first, second, other).forEach(lps::store);
        LpQuery activeOfAccount =
                new LpQuery(Optional.of(account), Optional.of(LifecycleStatus.ACTIVE));

        assertThat(lps.list(activeOfAccount, 0, 10)).extracting(Lp::id).containsExactly(first.id());
        assertThat(lps.count(activeOfAccount)).isEqualTo(1);
        assertThat(lps.list(LpQuery.any(), 0, 10))
                .extracting(Lp::id)
                .containsExactly(other.id(), second.id(), first.id());
        assertThat(lps.list(LpQuery.any(), 2, 10)).extracting(Lp::id).containsExactly(first.id());
        assertThat(lps.count(new LpQuery(Optional.empty(), Optional.of(LifecycleStatus.ARCHIVED))))
                .isEqualTo(1);
        assertThat(lps.countOfAccount(account)).isEqualTo(2);
        assertThat(lps.findAll(List.of(first.id(), other.id())))
                .extracting(Lp::id)
                .containsExactlyInAnyOrder(first.id(), other.id());
    }

    @Test
    void forgetsTheKeyCopiesTheSeedKeptOnLandingPages() {
        Lp lp = lp(LpCode.of(1), account, now);
        lps.store(lp);
        var collection = store.database().getCollection("lps");
        collection.updateOne(
                com.mongodb.client.model.Filters.eq("_id", lp.id().value()),
                new Document("$set", new Document("crm_api_key", "seed-clear-key")));

        assertThat(lps.forgetCrmApiKeyCopies()).isEqualTo(1);
        assertThat(collection.find().first()).doesNotContainKey("crm_api_key");
        assertThat(lps.find(lp.id())).isPresent();
    }

    @Test
    void aDuplicateKeepsTheSettingsUnderANewCodeWithoutAForm() {
        Lp original = lp(LpCode.of(1), account, now);
        original.linkForm(FormId.generate(), now, staff);
        original.placeForm(FormMode.EMBEDDED, "", now, staff);
        original.attributeTo(SourceType.FACEBOOK, "Meta", now, staff);
        original.archive(now, staff);

        Lp copy = original.duplicate(LpId.generate(), LpCode.of(2), now, staff);

        assertThat(copy.name()).isEqualTo("Solaire (copie)");
        assertThat(copy.form()).isEmpty();
        assertThat(copy.formMode()).isEqualTo(FormMode.EMBEDDED);
        assertThat(copy.sourceName()).isEqualTo("Meta");
        assertThat(copy.isActive()).isTrue();
    }
}
