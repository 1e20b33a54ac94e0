package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.domain.model.reference.Aide;
import fr.enersolar.crm.domain.model.reference.DiffusionSource;
import fr.enersolar.crm.domain.model.reference.DiffusionSourceId;
import fr.enersolar.crm.domain.model.reference.LibraryImage;
import fr.enersolar.crm.domain.model.reference.LibraryImageId;
import fr.enersolar.crm.domain.model.reference.ProductDefinition;
import fr.enersolar.crm.domain.model.reference.ProductDefinitionId;
import fr.enersolar.crm.domain.model.reference.ReferenceDataRepository;
import fr.enersolar.crm.domain.model.reference.Slug;
import fr.enersolar.crm.domain.model.shared.CodeAlreadyUsedException;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
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
class MongoReferenceDataRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject ReferenceDataRepository repository;
    @Inject StoreIndexes indexes;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        indexes.ensure();
    }

    private DiffusionSource source(String name, String slug) {
        return new DiffusionSource(
                DiffusionSourceId.generate(), name, new Slug(slug), "icon", "#fff", now);
    }

    @Test
    void twoSourcesCannotShareASlug() {
        repository.addSource(source("Google", "google"));

        assertThatThrownBy(() -> repository.addSource(source("Google bis", "GOOGLE")))
                .isInstanceOf(CodeAlreadyUsedException.class);
        assertThat(repository.countSources()).isEqualTo(1);
    }

    @Test
    void listsSourcesByNameAndRemovesThem() {
        DiffusionSource sms = source("SMS", "sms");
        repository.addSource(sms);
        repository.addSource(source("E-mailing", "email"));

        assertThat(repository.sources(10))
                .extracting(DiffusionSource::name)
                .containsExactly("E-mailing", "SMS");
        assertThat(repository.removeSource(sms.id())).isTrue();
        assertThat(repository.removeSource(sms.id())).isFalse();
        assertThat(repository.countSources()).isEqualTo(1);
    }

    @Test
    void keepsAProductsAidsAndReplacesThem() {
        ProductDefinition pac =
                new ProductDefinition(
                        ProductDefinitionId.generate(),
                        new Slug("pac"),
                        "Pompe à chaleur",
                        "#00f",
                        List.of(new Aide("MaPrimeRénov'", "jusqu'à 4 000 €", "RGE")),
                        now);
        repository.addProduct(pac);
        assertThatThrownBy(
                        () ->
                                repository.addProduct(
                                        new ProductDefinition(
                                                ProductDefinitionId.generate(),
                                                new Slug("PAC"),
                                                "Autre",
                                                "",
                                                List.of(),
                                                now)))
                .isInstanceOf(CodeAlreadyUsedException.class);

        ProductDefinition found = repository.findProduct(pac.id()).orElseThrow();
        assertThat(found.code()).isEqualTo("PAC");
        assertThat(found.aides())
                .containsExactly(new Aide("MaPrimeRénov'", "jusqu'à 4 000 €", "RGE"));
        found.replaceAides(List.of(new Aide("CEE", "", ""), new Aide("TVA", "5,5 %", "")), now);
        repository.storeProduct(found);
        assertThat(repository.findProduct(pac.id()).orElseThrow().aides())
                .extracting(Aide::name)
                .containsExactly("CEE", "TVA");
    }

    @Test
    void pagesImagesNewestFirstAndFiltersByCategory() {
        for (int i = 0; i < 4; i++) {
            repository.addImage(
                    new LibraryImage(
                            LibraryImageId.generate(),
                            "img " + i,
                            "https://cdn.example.com/" + i + ".png",
                            i % 2 == 0 ? "logo" : "photo",
                            List.of("a", "a", " b "),
                            now.plusSeconds(i),
                            null));
        }

        assertThat(repository.images(Optional.of("logo"), 0, 10))
                .extracting(LibraryImage::name)
                .containsExactly("img 2", "img 0");
        assertThat(repository.countImages(Optional.of("photo"))).isEqualTo(2);
        assertThat(repository.images(Optional.empty(), 1, 2))
                .extracting(LibraryImage::name)
                .containsExactly("img 2", "img 1");
        assertThat(repository.images(Optional.empty(), 0, 1).get(0).tags())
                .containsExactly("a", "b");
    }

    @Test
    void refusesAnImageUrlThatIsNotHttp() {
        assertThatThrownBy(
                        () ->
                                new LibraryImage(
                                        LibraryImageId.generate(),
                                        "x",
                                        "javascript:alert(1)",
                                        "logo",
                                        List.of(),
                                        now,
                                        null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
