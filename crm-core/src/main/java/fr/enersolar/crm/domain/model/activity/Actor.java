package fr.enersolar.crm.domain.model.activity;

import fr.enersolar.crm.domain.model.user.UserId;
import java.util.Objects;

/** Who did it, as they were named at that moment (the log survives renames). */
public record Actor(UserId user, String email, String nom) {

    public Actor {
        Objects.requireNonNull(user, "user is required");
        email = email == null ? "" : email;
        nom = nom == null ? "" : nom;
    }
}
