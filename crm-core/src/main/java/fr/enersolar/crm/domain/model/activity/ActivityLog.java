package fr.enersolar.crm.domain.model.activity;

import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import fr.enersolar.crm.domain.model.user.UserId;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the audit trail: who did what to which entity, from which address, with the details
 * that matter (the changed fields, the role given). Written once, never changed.
 */
@Entity("activity_logs")
public class ActivityLog {

    @Id private String id;

    @Column("user_id")
    private String userId;

    @Column("user_email")
    private String userEmail;

    @Column("user_nom")
    private String userNom;

    @Column private String action;

    @Column("entity_type")
    private String entityType;

    @Column("entity_id")
    private String entityId;

    @Column("entity_name")
    private String entityName;

    /** A sub-document; values are strings, numbers, booleans, lists or nested maps. */
    @Column private Map<String, Object> details;

    @Column("ip_address")
    private String ipAddress;

    @Convert(InstantAsDate.class)
    @Column("created_at")
    private Instant createdAt;

    /** For the mapper only. */
    protected ActivityLog() {}

    public ActivityLog(
            ActivityLogId id,
            Actor actor,
            ActivityAction action,
            Subject subject,
            Map<String, ?> details,
            String ipAddress,
            Instant at) {
        this.id = Objects.requireNonNull(id).value();
        this.userId = actor.user().value();
        this.userEmail = actor.email();
        this.userNom = actor.nom();
        this.action = Objects.requireNonNull(action).wire();
        this.entityType = subject.type();
        this.entityId = subject.id();
        this.entityName = subject.name();
        this.details = new LinkedHashMap<>(details == null ? Map.of() : details);
        this.ipAddress = ipAddress == null ? "" : ipAddress;
        this.createdAt = Objects.requireNonNull(at);
    }

    public ActivityLogId id() {
        return new ActivityLogId(id);
    }

    public Actor actor() {
        return new Actor(new UserId(userId), userEmail, userNom);
    }

    public ActivityAction action() {
        return ActivityAction.fromWire(action);
    }

    public Subject subject() {
        return new Subject(entityType, entityId, entityName);
    }

    public Map<String, Object> details() {
        return details == null ? Map.of() : Map.copyOf(details);
    }

    public String ipAddress() {
        return ipAddress;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
