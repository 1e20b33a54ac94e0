package fr.enersolar.crm.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The opaque session token of an {@code Authorization: Bearer} header, as given to the identity
 * store. Its {@link #toString()} never shows the token.
 *
 * @param token the clear token
 */
public record BearerTokenCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "BearerTokenCredential[****]";
    }
}
