package org.atelier.identity.api;

import java.util.function.Supplier;
import org.atelier.identity.client.ClientProperties;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.FindingUsers;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may call the admin API ({@code /api/**}), the same as who may use the admin pages: a person who is, right
 * now, an active {@code ADMIN} in the user store (the token's roles may be up to ten minutes old, the store is not),
 * or a machine client whose token carries the scope {@value ClientProperties#ADMIN_SCOPE}. The everyday machine
 * client ({@code atelier-machine}) is not granted it; the provisioning client is.
 */
public final class AdminApiAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final FindingUsers users;

    public AdminApiAccess(FindingUsers users) {
        this.users = users;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        if (!(authentication.get() instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
            return new AuthorizationDecision(false);
        }
        AdminCaller caller = AdminCaller.of(token);
        if (caller.machine()) {
            return caller.hasAdminScope() ? new AuthorizationDecision(true) : new MissingScope();
        }
        return new AuthorizationDecision(isActiveAdmin(caller.subject()));
    }

    private boolean isActiveAdmin(String subject) {
        try {
            return users.find(Username.of(subject)).filter(User::canSignIn).filter(user -> user.hasRole(Role.ADMIN)).isPresent();
        } catch (RuntimeException notAUsername) {
            return false;
        }
    }

    /** A machine token without the admin scope: the 403 says which scope to ask for. */
    public static final class MissingScope extends AuthorizationDecision {

        MissingScope() {
            super(false);
        }
    }
}
