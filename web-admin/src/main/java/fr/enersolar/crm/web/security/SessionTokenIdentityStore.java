package fr.enersolar.crm.web.security;

import fr.enersolar.crm.application.auth.StaffAuthentication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;

/**
 * The identity store of staff sessions: a bearer token is valid while its session has not expired
 * and its user is active; the caller's group is its role ({@code admin}, {@code editor}, {@code
 * viewer}). Reads the store at every request, so a deactivation applies at once.
 */
@ApplicationScoped
public class SessionTokenIdentityStore implements IdentityStore {

    @Inject StaffAuthentication authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof BearerTokenCredential bearer)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authentication
                .authenticate(bearer.token())
                .map(
                        identity ->
                                new CredentialValidationResult(
                                        new StaffPrincipal(identity),
                                        Set.of(identity.role().key())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE);
    }
}
