package org.atelier.identity.secondfactor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.atelier.identity.user.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * How strongly a session's person signed in, kept where Spring Security keeps the factors of a sign-in: the
 * password step gives the authentication a {@code FACTOR_PASSWORD} authority, a code from the person's app
 * adds {@value #TOTP_AUTHORITY}. Its time is the sign-in's latest, so the ID token's {@code auth_time} is when
 * the second step was passed. The ID token tells the clients which level it was ({@code acr}) and how
 * ({@code amr}, RFC 8176).
 */
public final class SignInLevel {

    public static final String TOTP_AUTHORITY = "FACTOR_TOTP";
    /** Password alone. */
    public static final String ACR_PASSWORD = "urn:atelier:acr:pwd";
    /** Password and a code from the person's authenticator app (or a recovery code). */
    public static final String ACR_SECOND_FACTOR = "urn:atelier:acr:2fa";
    public static final String AMR_PASSWORD = "pwd";
    public static final String AMR_OTP = "otp";

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private SignInLevel() {
    }

    public static boolean showedSecondFactor(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> TOTP_AUTHORITY.equals(authority.getAuthority()));
    }

    /** Whether an authorization request's {@code acr_values} ask for the second-factor level. */
    public static boolean requested(String acrValues) {
        return acrValues != null && List.of(acrValues.trim().split("\\s+")).contains(ACR_SECOND_FACTOR);
    }

    /** The roles the session's person has now (the current-account filter keeps them current). */
    public static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                try {
                    roles.add(Role.valueOf(name.substring("ROLE_".length())));
                } catch (IllegalArgumentException notOurs) {
                    // not one of Atelier's roles
                }
            }
        }
        return roles;
    }

    /** Records in the session that its person has just shown their second factor. */
    public static void secondFactorShown(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!(current instanceof UsernamePasswordAuthenticationToken person) || showedSecondFactor(person)) {
            return;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(person.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(TOTP_AUTHORITY).build());
        UsernamePasswordAuthenticationToken stronger =
                UsernamePasswordAuthenticationToken.authenticated(person.getPrincipal(), null, authorities);
        stronger.setDetails(person.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(stronger);
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
