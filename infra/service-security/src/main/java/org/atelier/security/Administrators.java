package org.atelier.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets through page sessions whose person has the role {@code ADMIN}, read from the session's claims (which
 * {@link CurrentPersonCheck} keeps current) rather than from authorities fixed at sign-in.
 */
final class Administrators implements AuthorizationManager<RequestAuthorizationContext> {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        boolean admin = caller != null && caller.isAuthenticated() && !TRUST.isAnonymous(caller)
                && caller.getPrincipal() instanceof OidcUser person
                && Claims.toUser(person.getClaims()).has(Role.ADMIN);
        return new AuthorizationDecision(admin);
    }
}
