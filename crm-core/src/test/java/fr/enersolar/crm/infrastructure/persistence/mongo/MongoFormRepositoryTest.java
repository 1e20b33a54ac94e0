package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.model.Filters;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormQuery;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.LpId;
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
class MongoFormRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject FormRepository forms;
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

    private Form form(FormCode code, Instant at) {
        return new Form(FormId.generate(), code, account, "Form", "https://a.fr/f", at, staff);
    }

    @Test
    void storesAllowCrossCrmFromCreationOn() {
        Form form = form(FormCode.of(ProductType.PAC, 1), now);

        forms.store(form);

        Document raw =
                store.database()
                        .getCollection("forms")
                        .find(Filters.eq("_id", form.id().value()))
                        .first();
        assertThat(raw.getBoolean("allow_cross_crm")).isTrue();
        assertThat(raw.getString("product_type")).isEqualTo("PAC");
        assertThat(raw.getString("code")).isEqualTo("PAC-001");
    }

    @Test
    void storesAndFindsAFormWithEveryField() {
        Form form = form(FormCode.of(ProductType.ITE, 3), now);
        LpId lp = LpId.generate();
        form.linkLp(lp, now, staff);
        form.useSealedCrmApiKey("v1:sealed-partner-secret", now, staff);
        form.allowCrossCrm(false, now, staff);
        form.trackWith(TrackingType.GTM, null, now, staff);
        form.annotate("n", now.plusSeconds(1), staff);
        forms.store(form);

        Form found = forms.findByCode(new FormCode("ITE-003")).orElseThrow();
        assertThat(found.id()).isEqualTo(form.id());
        assertThat(found.account()).isEqualTo(account);
        assertThat(found.productType()).isEqualTo(ProductType.ITE);
        assertThat(found.lp()).hasValue(lp);
        assertThat(found.sealedCrmApiKey()).isEqualTo("v1:sealed-partner-secret");
        assertThat(found.hasCrmApiKey()).isTrue();
        assertThat(found.allowsCrossCrm()).isFalse();
        assertThat(found.trackingType()).isEqualTo(TrackingType.GTM);
        assertThat(found.redirectUrl()).isEqualTo("/merci");
        assertThat(found.notes()).isEqualTo("n");
        assertThat(found.updatedAt()).isEqualTo(now.plusSeconds(1));
        assertThat(found.toString()).contains("ITE-003").doesNotContain("sealed-partner-secret");
    }

    @Test
    void eachProductHasItsOwnCodeSequence() {
        assertThat(forms.nextCode(ProductType.PV)).isEqualTo(new FormCode("PV-001"));
        assertThat(forms.nextCode(ProductType.PV)).isEqualTo(new FormCode("PV-002"));
        assertThat(forms.nextCode(ProductType.PAC)).isEqualTo(new FormCode("PAC-001"));
        assertThat(forms.nextCode(ProductType.ITE)).isEqualTo(new FormCode("ITE-001"));
    }

    @Test
    void listsFormsByAccountAndByLandingPage() {
        LpId lp = LpId.generate();
        Form first = form(FormCode.of(ProductType.PV, 1), now);
        first.linkLp(lp, now, staff);
        Form copy = form(FormCode.of(ProductType.PV, 2), now.plusSeconds(1));
        copy.linkLp(lp, now, staff);
        forms.store(first);
        forms.store(copy);
        forms.store(
                new Form(
                        FormId.generate(),
                        FormCode.of(ProductType.PV, 3),
                        AccountId.generate(),
                        "Other",
                        "https://b.fr",
                        now,
                        null));

        assertThat(forms.ofAccount(account, 0, 10))
                .extracting(f -> f.code().value())
                .containsExactly("PV-002", "PV-001");
        assertThat(forms.ofLp(lp)).extracting(Form::id).containsExactly(first.id(), copy.id());
        assertThat(forms.count()).isEqualTo(3);
    }

    @Test
    void refusesASecondFormWithTheSameCode() {
        forms.store(form(FormCode.of(ProductType.PV, 1), now));

        assertThatThrownBy(() -> forms.store(form(FormCode.of(ProductType.PV, 1), now)))
                .isInstanceOf(CodeAlreadyUsedException.class);
    }

    @Test
    void listsAndCountsByAccountProductAndStatusNewestFirst() {
        Form pv1 = form(FormCode.of(ProductType.PV, 1), now);
        Form pac1 = form(FormCode.of(ProductType.PAC, 1), now.plusSeconds(1));
        Form pv2 = form(FormCode.of(ProductType.PV, 2), now.plusSeconds(2));
        pv2.archive(now.plusSeconds(3), staff);
        Form other =
                new Form(
                        FormId.generate(),
                        FormCode.of(ProductType.PV, 3),
                        AccountId.generate(),
                        "Other",
                        "https://b.fr",
                        now.plusSeconds(4),
                        null);
        List.of(pv1, pac1, pv2, other).forEach(forms::store);
        FormQuery activePvOfAccount =
                new FormQuery(
                        Optional.of(account),
                        Optional.of(ProductType.PV),
                        Optional.of(LifecycleStatus.ACTIVE));

        assertThat(forms.list(activePvOfAccount, 0, 10))
                .extracting(Form::id)
                .containsExactly(pv1.id());
        assertThat(forms.count(activePvOfAccount)).isEqualTo(1);
        FormQuery archived =
                new FormQuery(
                        Optional.empty(), Optional.empty(), Optional.of(LifecycleStatus.ARCHIVED));
        assertThat(forms.list(archived, 0, 10)).extracting(Form::id).containsExactly(pv2.id());
        assertThat(forms.list(FormQuery.any(), 0, 10))
                .extracting(Form::id)
                .containsExactly(other.id(), pv2.id(), pac1.id(), pv1.id());
        assertThat(forms.list(FormQuery.any(), 1, 2))
                .extracting(Form::id)
                .containsExactly(pv2.id(), pac1.id());
        assertThat(forms.count(FormQuery.any())).isEqualTo(4);
        assertThat(forms.countOfAccount(account)).isEqualTo(3);
        assertThat(forms.findAll(List.of(pv1.id(), other.id(), FormId.generate())))
                .extracting(Form::id)
                .containsExactlyInAnyOrder(pv1.id(), other.id());
        assertThat(forms.findAll(List.of())).isEmpty();
    }

    @Test
    void aFormWithoutStatusCountsAsActive() {
        Form form = form(FormCode.of(ProductType.ITE, 1), now);
        forms.store(form);
        store.database()
                .getCollection("forms")
                .updateOne(
                        Filters.eq("_id", form.id().value()),
                        new Document("$unset", new Document("status", "")));
        FormQuery active =
                new FormQuery(
                        Optional.empty(), Optional.empty(), Optional.of(LifecycleStatus.ACTIVE));

        assertThat(forms.list(active, 0, 10)).extracting(Form::id).containsExactly(form.id());
        assertThat(forms.count(active)).isEqualTo(1);
    }

    @Test
    void sealsTheKeysStillStoredInClearAndOnlyThose() {
        Form clear = form(FormCode.of(ProductType.PV, 1), now);
        clear.useSealedCrmApiKey("legacy-clear-key", now, staff);
        Form sealed = form(FormCode.of(ProductType.PV, 2), now);
        sealed.useSealedCrmApiKey("v1:already", now, staff);
        Form none = form(FormCode.of(ProductType.PV, 3), now);
        List.of(clear, sealed, none).forEach(forms::store);

        int count = forms.sealClearCrmApiKeys(k -> k.startsWith("v1:"), k -> "v1:" + k.length());

        assertThat(count).isEqualTo(1);
        assertThat(forms.find(clear.id()).orElseThrow().sealedCrmApiKey()).isEqualTo("v1:16");
        assertThat(forms.find(sealed.id()).orElseThrow().sealedCrmApiKey()).isEqualTo("v1:already");
        assertThat(forms.find(none.id()).orElseThrow().sealedCrmApiKey()).isEmpty();
        assertThat(forms.sealClearCrmApiKeys(k -> k.startsWith("v1:"), k -> "v1:x")).isZero();
    }

    @Test
    void aDuplicateKeepsEverySettingUnderANewCode() {
        Form original = form(FormCode.of(ProductType.PAC, 1), now);
        LpId lp = LpId.generate();
        original.linkLp(lp, now, staff);
        original.useSealedCrmApiKey("v1:k", now, staff);
        original.allowCrossCrm(false, now, staff);
        original.trackWith(TrackingType.BOTH, "/ok", now, staff);
        original.archive(now, staff);

        Form copy =
                original.duplicate(
                        FormId.generate(),
                        FormCode.of(ProductType.PAC, 2),
                        now.plusSeconds(1),
                        staff);
        forms.store(copy);

        Form found = forms.find(copy.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("Form (copie)");
        assertThat(found.code().value()).isEqualTo("PAC-002");
        assertThat(found.lp()).hasValue(lp);
        assertThat(found.sealedCrmApiKey()).isEqualTo("v1:k");
        assertThat(found.allowsCrossCrm()).isFalse();
        assertThat(found.trackingType()).isEqualTo(TrackingType.BOTH);
        assertThat(found.redirectUrl()).isEqualTo("/ok");
        assertThat(found.isActive()).isTrue();
        assertThat(found.archivedAt()).isEmpty();
    }
}
