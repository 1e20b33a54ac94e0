package fr.enersolar.crm.application.jobs;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A position in the (created_at, id) order of leads: the job readers' checkpoint. A page starts
 * strictly after its key, so a restart from a checkpoint neither skips nor repeats a lead.
 */
public record PageKey(Instant createdAt, String id) implements Serializable {

    public PageKey {
        Objects.requireNonNull(createdAt, "createdAt is required");
        Objects.requireNonNull(id, "id is required");
    }
}
