package fr.enersolar.crm.domain.model.reference;

import java.util.List;
import java.util.Optional;

/** Diffusion sources, product definitions and library images. */
public interface ReferenceDataRepository {

    /**
     * Adds a source.
     *
     * @throws fr.enersolar.crm.domain.model.shared.CodeAlreadyUsedException when its slug is taken
     */
    void addSource(DiffusionSource source);

    /** The sources by name, at most {@code limit}. */
    List<DiffusionSource> sources(int limit);

    long countSources();

    /** Deletes a source; true when it existed. */
    boolean removeSource(DiffusionSourceId id);

    /**
     * Adds a product definition.
     *
     * @throws fr.enersolar.crm.domain.model.shared.CodeAlreadyUsedException when its code is taken
     */
    void addProduct(ProductDefinition product);

    /** Replaces a stored product definition. */
    void storeProduct(ProductDefinition product);

    Optional<ProductDefinition> findProduct(ProductDefinitionId id);

    /** The product definitions by code, at most {@code limit}. */
    List<ProductDefinition> products(int limit);

    long countProducts();

    void addImage(LibraryImage image);

    /** Images of a category (every category when empty), newest first, one page at a time. */
    List<LibraryImage> images(Optional<String> category, int offset, int limit);

    long countImages(Optional<String> category);

    /** Deletes an image; true when it existed. */
    boolean removeImage(LibraryImageId id);
}
