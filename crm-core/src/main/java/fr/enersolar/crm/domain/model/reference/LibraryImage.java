package fr.enersolar.crm.domain.model.reference;

import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import fr.enersolar.crm.domain.model.user.UserId;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An image of the media library: a name and the URL where the image lives (no upload), a category
 * and tags. Only {@code http} and {@code https} URLs are kept, since they end up in generated
 * pages.
 */
@Entity("images")
public class LibraryImage {

    /** The categories of the seed. */
    public static final List<String> CATEGORIES = List.of("logo", "banner", "icon", "photo");

    /** At most this many tags per image. */
    public static final int MAX_TAGS = 20;

    @Id private String id;
    @Column private String name;
    @Column private String url;
    @Column private String category;
    @Column private List<String> tags;

    @Convert(InstantAsDate.class)
    @Column("created_at")
    private Instant createdAt;

    @Column("created_by")
    private String createdBy;

    /** For the mapper only. */
    protected LibraryImage() {}

    public LibraryImage(
            LibraryImageId id,
            String name,
            String url,
            String category,
            List<String> tags,
            Instant createdAt,
            UserId createdBy) {
        this.id = Objects.requireNonNull(id).value();
        this.name = Texts.required("name", name);
        this.url = checkedUrl(url);
        this.category = checkedCategory(category);
        this.tags = checkedTags(tags);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = createdBy == null ? null : createdBy.value();
    }

    /** The URL, checked: absolute {@code http(s)} with a host. */
    public static String checkedUrl(String url) {
        String text = Texts.required("url", url);
        URI uri;
        try {
            uri = new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("URL invalide");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("URL http(s) absolue attendue");
        }
        return text;
    }

    /** The category, lower-case, one of {@link #CATEGORIES}. */
    public static String checkedCategory(String category) {
        String value = category == null ? "photo" : category.trim().toLowerCase(Locale.ROOT);
        if (!CATEGORIES.contains(value)) {
            throw new IllegalArgumentException("doit être logo, banner, icon ou photo");
        }
        return value;
    }

    private static List<String> checkedTags(List<String> tags) {
        List<String> kept = new ArrayList<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String t = Texts.optional(tag);
            if (!t.isEmpty() && !kept.contains(t)) {
                kept.add(t);
            }
        }
        if (kept.size() > MAX_TAGS) {
            throw new IllegalArgumentException("au plus " + MAX_TAGS + " tags");
        }
        return kept;
    }

    public LibraryImageId id() {
        return new LibraryImageId(id);
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    public String category() {
        return category;
    }

    public List<String> tags() {
        return tags == null ? List.of() : List.copyOf(tags);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Who added it; null when unknown. */
    public UserId createdBy() {
        return createdBy == null ? null : new UserId(createdBy);
    }
}
