package fr.enersolar.crm.application.settings;

import fr.enersolar.crm.application.InvalidInputException;
import fr.enersolar.crm.application.NotFoundException;
import fr.enersolar.crm.application.RefusedException;
import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The settings' reference data (SPEC-seed §5.3 "Config"): diffusion sources, product types with
 * their aids, and the image library. Every write goes to the activity log; the two {@code init}
 * operations fill an empty collection with the seed's defaults ({@link ReferenceDefaults}) and
 * leave a non-empty one alone.
 */
@ApplicationScoped
public class ReferenceData {

    /** The longest list of sources or products (a handful in practice). */
    public static final int MAX_LIST = 500;

    /** The longest page of images. */
    public static final int MAX_IMAGES_PAGE = 200;

    /**
     * What an {@code init} did.
     *
     * @param created how many entries were added (0 when the collection was not empty)
     * @param count how many entries exist afterwards
     */
    public record Initialised(int created, long count) {}

    /**
     * One page of images.
     *
     * @param images the images, newest first
     * @param total how many images match
     */
    public record ImagesPage(List<LibraryImage> images, long total) {}

    @Inject ReferenceDataRepository repository;
    @Inject ActivityJournal activity;
    @Inject Clock clock;

    // --- sources

    public List<DiffusionSource> sources() {
        return repository.sources(MAX_LIST);
    }

    public long countSources() {
        return repository.countSources();
    }

    /** Adds a source; 400 {@code Ce slug existe déjà} when the slug is taken. */
    public DiffusionSource addSource(
            StaffIdentity by, String name, String slug, String icon, String color, String ip) {
        checkLength("icon", icon);
        checkLength("color", color);
        DiffusionSource source =
                field(
                        "name",
                        () ->
                                new DiffusionSource(
                                        DiffusionSourceId.generate(),
                                        name,
                                        field("slug", () -> new Slug(slug)),
                                        icon,
                                        color,
                                        clock.instant()));
        try {
            repository.addSource(source);
        } catch (CodeAlreadyUsedException e) {
            throw new RefusedException("Ce slug existe déjà");
        }
        activity.recordChange(
                by.actor(), ActivityAction.CREATE, subject(source), null, values(source), ip);
        return source;
    }

    /** Adds the seed's eight sources when there is none. */
    public Initialised initSources(StaffIdentity by, String ip) {
        if (repository.countSources() > 0) {
            return new Initialised(0, repository.countSources());
        }
        int created = 0;
        Instant now = clock.instant();
        for (DiffusionSource source : ReferenceDefaults.sources(now)) {
            try {
                repository.addSource(source);
                created++;
            } catch (CodeAlreadyUsedException e) {
                // a concurrent init added it first
            }
        }
        activity.record(
                by.actor(),
                ActivityAction.CREATE,
                new Subject("source", "", "init"),
                Map.of("created", created),
                ip);
        return new Initialised(created, repository.countSources());
    }

    /** Deletes a source; 404 {@code Source non trouvée}. */
    public void removeSource(StaffIdentity by, String id, String ip) {
        DiffusionSourceId sourceId = idOr404(() -> new DiffusionSourceId(id), "Source non trouvée");
        if (!repository.removeSource(sourceId)) {
            throw new NotFoundException("Source non trouvée");
        }
        activity.recordChange(
                by.actor(),
                ActivityAction.DELETE,
                new Subject("source", sourceId.value(), ""),
                Map.of("id", sourceId.value()),
                null,
                ip);
    }

    // --- products

    public List<ProductDefinition> products() {
        return repository.products(MAX_LIST);
    }

    public long countProducts() {
        return repository.countProducts();
    }

    /** Adds a product type; 400 {@code Ce code existe déjà} when the code is taken. */
    public ProductDefinition addProduct(
            StaffIdentity by, String code, String name, String color, List<Aide> aides, String ip) {
        checkLength("color", color);
        if (aides.size() > ProductDefinition.MAX_AIDES) {
            throw new InvalidInputException(
                    "aides", "au plus " + ProductDefinition.MAX_AIDES + " aides");
        }
        ProductDefinition product =
                field(
                        "name",
                        () ->
                                new ProductDefinition(
                                        ProductDefinitionId.generate(),
                                        field("code", () -> new Slug(code)),
                                        name,
                                        color,
                                        field("aides", () -> aides),
                                        clock.instant()));
        try {
            repository.addProduct(product);
        } catch (CodeAlreadyUsedException e) {
            throw new RefusedException("Ce code existe déjà");
        }
        activity.recordChange(
                by.actor(), ActivityAction.CREATE, subject(product), null, values(product), ip);
        return product;
    }

    /** Adds PV, PAC and ITE with their usual aids when there is no product type. */
    public Initialised initProducts(StaffIdentity by, String ip) {
        if (repository.countProducts() > 0) {
            return new Initialised(0, repository.countProducts());
        }
        int created = 0;
        for (ProductDefinition product : ReferenceDefaults.products(clock.instant())) {
            try {
                repository.addProduct(product);
                created++;
            } catch (CodeAlreadyUsedException e) {
                // a concurrent init added it first
            }
        }
        activity.record(
                by.actor(),
                ActivityAction.CREATE,
                new Subject("product", "", "init"),
                Map.of("created", created),
                ip);
        return new Initialised(created, repository.countProducts());
    }

    /** Replaces a product's aids; 404 {@code Produit non trouvé}. */
    public ProductDefinition replaceAides(
            StaffIdentity by, String id, List<Aide> aides, String ip) {
        ProductDefinitionId productId =
                idOr404(() -> new ProductDefinitionId(id), "Produit non trouvé");
        ProductDefinition product =
                repository
                        .findProduct(productId)
                        .orElseThrow(() -> new NotFoundException("Produit non trouvé"));
        Map<String, Object> before = Map.of("aides", aides(product.aides()));
        field(
                "aides",
                () -> {
                    product.replaceAides(aides, clock.instant());
                    return product;
                });
        repository.storeProduct(product);
        activity.recordChange(
                by.actor(),
                ActivityAction.UPDATE,
                subject(product),
                before,
                Map.of("aides", aides(product.aides())),
                ip);
        return product;
    }

    // --- images

    /** Images of a category (all when empty), newest first. */
    public ImagesPage images(Optional<String> category, int skip, int limit) {
        Optional<String> checked =
                category.map(c -> field("category", () -> LibraryImage.checkedCategory(c)));
        int bounded = Math.max(1, Math.min(limit, MAX_IMAGES_PAGE));
        return new ImagesPage(
                repository.images(checked, Math.max(0, skip), bounded),
                repository.countImages(checked));
    }

    public LibraryImage addImage(
            StaffIdentity by,
            String name,
            String url,
            String category,
            List<String> tags,
            String ip) {
        field("url", () -> LibraryImage.checkedUrl(url));
        field("category", () -> LibraryImage.checkedCategory(category));
        LibraryImage image =
                field(
                        "name",
                        () ->
                                new LibraryImage(
                                        LibraryImageId.generate(),
                                        name,
                                        url,
                                        category,
                                        field("tags", () -> tags),
                                        clock.instant(),
                                        by.user()));
        repository.addImage(image);
        activity.recordChange(
                by.actor(),
                ActivityAction.CREATE,
                new Subject("image", image.id().value(), image.name()),
                null,
                Map.of("url", image.url(), "category", image.category()),
                ip);
        return image;
    }

    /** Deletes an image; 404 {@code Image non trouvée}. */
    public void removeImage(StaffIdentity by, String id, String ip) {
        LibraryImageId imageId = idOr404(() -> new LibraryImageId(id), "Image non trouvée");
        if (!repository.removeImage(imageId)) {
            throw new NotFoundException("Image non trouvée");
        }
        activity.recordChange(
                by.actor(),
                ActivityAction.DELETE,
                new Subject("image", imageId.value(), ""),
                Map.of("id", imageId.value()),
                null,
                ip);
    }

    // --- helpers

    /** Longest optional text of reference data (as the domain checks it). */
    private static final int MAX_TEXT = 500;

    private static void checkLength(String field, String value) {
        if (value != null && value.trim().length() > MAX_TEXT) {
            throw new InvalidInputException(field, "au plus " + MAX_TEXT + " caractères");
        }
    }

    /** Runs a domain constructor; its refusal becomes a 400 naming {@code name}. */
    private static <T> T field(String name, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "valeur invalide" : e.getMessage();
            // the domain names the field itself when it knows it ("name is required")
            String reported = message.endsWith(" is required") ? "champ requis" : message;
            String field =
                    message.endsWith(" is required")
                            ? message.substring(0, message.length() - " is required".length())
                            : name;
            throw new InvalidInputException(field, reported);
        }
    }

    private static <T> T idOr404(Supplier<T> make, String message) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException(message);
        }
    }

    private static Subject subject(DiffusionSource source) {
        return new Subject("source", source.id().value(), source.slug().value());
    }

    private static Subject subject(ProductDefinition product) {
        return new Subject("product", product.id().value(), product.code());
    }

    private static Map<String, Object> values(DiffusionSource source) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", source.name());
        values.put("slug", source.slug().value());
        return values;
    }

    private static Map<String, Object> values(ProductDefinition product) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", product.code());
        values.put("name", product.name());
        values.put("aides", aides(product.aides()));
        return values;
    }

    private static List<Map<String, Object>> aides(List<Aide> aides) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Aide aide : aides) {
            list.add(
                    Map.of(
                            "name", aide.name(),
                            "amount", aide.amount(),
                            "conditions", aide.conditions()));
        }
        return list;
    }
}
