package fr.enersolar.crm.domain.model.reference;

import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.Objects;

/**
 * A traffic source leads come from (Google, Facebook, Taboola…), with the icon and colour the UI
 * shows. Its slug is unique (a unique index decides).
 */
@Entity("diffusion_sources")
public class DiffusionSource {

    @Id private String id;
    @Column private String name;
    @Column private String slug;
    @Column private String icon;
    @Column private String color;

    @Convert(InstantAsDate.class)
    @Column("created_at")
    private Instant createdAt;

    /** For the mapper only. */
    protected DiffusionSource() {}

    public DiffusionSource(
            DiffusionSourceId id,
            String name,
            Slug slug,
            String icon,
            String color,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id).value();
        this.name = Texts.required("name", name);
        this.slug = Objects.requireNonNull(slug).value();
        this.icon = Texts.optional(icon);
        this.color = Texts.optional(color);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public DiffusionSourceId id() {
        return new DiffusionSourceId(id);
    }

    public String name() {
        return name;
    }

    public Slug slug() {
        return new Slug(slug);
    }

    public String icon() {
        return icon == null ? "" : icon;
    }

    public String color() {
        return color == null ? "" : color;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
