package fr.enersolar.crm.domain.model.shared;

import fr.enersolar.crm.domain.model.user.UserId;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The life of what staff create and later archive (landing pages, forms): active or archived, and
 * who created, last changed and archived it, when. Stored with the seed's field names.
 */
@MappedSuperclass
public abstract class ArchivableRecord {

    @Column private String status;

    @Convert(InstantAsDate.class)
    @Column("created_at")
    private Instant createdAt;

    @Column("created_by")
    private String createdBy;

    @Convert(InstantAsDate.class)
    @Column("updated_at")
    private Instant updatedAt;

    @Column("updated_by")
    private String updatedBy;

    @Convert(InstantAsDate.class)
    @Column("archived_at")
    private Instant archivedAt;

    @Column("archived_by")
    private String archivedBy;

    /** For the mapper only. */
    protected ArchivableRecord() {}

    /** Active, created (and last changed) at {@code at} by {@code by}. */
    protected ArchivableRecord(Instant at, UserId by) {
        this.status = LifecycleStatus.ACTIVE.wire();
        this.createdAt = Objects.requireNonNull(at);
        this.createdBy = id(by);
        this.updatedAt = at;
        this.updatedBy = this.createdBy;
    }

    public LifecycleStatus status() {
        return LifecycleStatus.fromWire(status);
    }

    public boolean isActive() {
        return status() == LifecycleStatus.ACTIVE;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<UserId> createdBy() {
        return user(createdBy);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<UserId> updatedBy() {
        return user(updatedBy);
    }

    public Optional<Instant> archivedAt() {
        return Optional.ofNullable(archivedAt);
    }

    public Optional<UserId> archivedBy() {
        return user(archivedBy);
    }

    /** Records a change. */
    protected void touch(Instant at, UserId by) {
        this.updatedAt = Objects.requireNonNull(at);
        this.updatedBy = id(by);
    }

    /** Takes it out of use. */
    protected void markArchived(Instant at, UserId by) {
        this.status = LifecycleStatus.ARCHIVED.wire();
        this.archivedAt = Objects.requireNonNull(at);
        this.archivedBy = id(by);
        touch(at, by);
    }

    /** Puts it back in use; when and by whom it was archived is forgotten. */
    protected void markRestored(Instant at, UserId by) {
        this.status = LifecycleStatus.ACTIVE.wire();
        this.archivedAt = null;
        this.archivedBy = null;
        touch(at, by);
    }

    private static String id(UserId user) {
        return user == null ? null : user.value();
    }

    private static Optional<UserId> user(String value) {
        return value == null ? Optional.empty() : Optional.of(new UserId(value));
    }
}
