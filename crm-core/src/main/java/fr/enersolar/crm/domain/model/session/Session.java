package fr.enersolar.crm.domain.model.session;

import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import fr.enersolar.crm.domain.model.user.UserId;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.Objects;

/**
 * A staff member's login session. Only the hash of its token is stored, never the token; it ends at
 * {@code expires_at}, at logout, or as soon as its user is deactivated.
 */
@Entity("sessions")
public class Session {

    @Id private String id;

    @Column("token_hash")
    private String tokenHash;

    @Column("user_id")
    private String userId;

    @Convert(InstantAsDate.class)
    @Column("created_at")
    private Instant createdAt;

    @Convert(InstantAsDate.class)
    @Column("expires_at")
    private Instant expiresAt;

    /** For the mapper only. */
    protected Session() {}

    public Session(
            SessionId id,
            SessionTokenHash tokenHash,
            UserId user,
            Instant createdAt,
            Instant expiresAt) {
        this.id = Objects.requireNonNull(id).value();
        this.tokenHash = Objects.requireNonNull(tokenHash, "token hash is required").value();
        this.userId = Objects.requireNonNull(user, "user is required").value();
        this.createdAt = Objects.requireNonNull(createdAt);
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a session must expire after it starts");
        }
        this.expiresAt = expiresAt;
    }

    public SessionId id() {
        return new SessionId(id);
    }

    public SessionTokenHash tokenHash() {
        return new SessionTokenHash(tokenHash);
    }

    public UserId user() {
        return new UserId(userId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** True from {@code expires_at} on. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
