package org.atelier.identity.secondfactor.config;

import java.util.Set;
import org.atelier.identity.user.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param requiredRoles    people with any of these roles must have a second factor; ADMIN and MANAGEMENT if not set
 * @param optionalForUsers usernames that may go without one whatever their roles: the local system's demo users,
 *                         so trying Atelier out needs no phone; empty everywhere else
 * @param issuer           the name authenticator apps list the account under; "Atelier" if not set
 */
@ConfigurationProperties("atelier.identity.second-factor")
public record SecondFactorProperties(Set<Role> requiredRoles, Set<String> optionalForUsers, String issuer) {

    public SecondFactorProperties {
        requiredRoles = requiredRoles == null ? Set.of(Role.ADMIN, Role.MANAGEMENT) : Set.copyOf(requiredRoles);
        optionalForUsers = optionalForUsers == null ? Set.of() : Set.copyOf(optionalForUsers);
        issuer = issuer == null || issuer.isBlank() ? "Atelier" : issuer;
    }
}
