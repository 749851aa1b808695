package org.atelier.security;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may call {@code /api/**} at all, before any use case judges the caller's roles. A person's token only has
 * to be valid: what a person may do is decided by roles and department, as the services always did. A machine
 * token (client credentials, role {@code SYSTEM}; the identity provider never gives that role to a person) also
 * has to carry the scope for what it does: {@value #READ} for the safe methods (GET, HEAD, OPTIONS),
 * {@value #WRITE} for every other one. The scopes are independent: writing does not imply reading, so a
 * system that only feeds data in cannot read it back.
 */
final class MachineScopes implements AuthorizationManager<RequestAuthorizationContext> {

    static final String READ = "atelier.read";
    static final String WRITE = "atelier.write";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || TRUST.isAnonymous(caller)) {
            return new AuthorizationDecision(false);
        }
        if (!(caller instanceof JwtAuthenticationToken token) || !Claims.roles(token.getToken().getClaim("roles")).contains(Role.SYSTEM)) {
            return new AuthorizationDecision(true);
        }
        String needed = requiredScope(context.getRequest().getMethod());
        return Claims.scopes(token.getToken().getClaims()).contains(needed) ? new AuthorizationDecision(true) : new MissingScope(needed);
    }

    static String requiredScope(String method) {
        return SAFE_METHODS.contains(method) ? READ : WRITE;
    }

    /** A refusal that says which scope was missing, so the 403 can tell the calling system what to ask for. */
    static final class MissingScope extends AuthorizationDecision {

        private final String scope;

        MissingScope(String scope) {
            super(false);
            this.scope = scope;
        }

        String scope() {
            return scope;
        }
    }
}
