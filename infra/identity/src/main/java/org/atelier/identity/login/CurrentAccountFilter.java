package org.atelier.identity.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every request of a signed-in person see the person as the user store has them now, not as they were at
 * sign-in: a user deactivated since is signed out at once (of the UIs too, by the logout given), so they reach
 * neither the pages nor a new authorization code; a user whose roles changed goes on with the current ones, so
 * a demoted admin's very next request to an admin page is refused. Costs one lookup by id per request of a
 * signed-in person; clients authenticating at the token endpoint are not people and are not looked up.
 *
 * <p>The current authorities hold for this request only; the session keeps what it had at sign-in, so every
 * request is judged afresh and nothing stale can be written back.
 */
public class CurrentAccountFilter extends OncePerRequestFilter {

    private final Users users;
    private final LogoutHandler signOut;

    public CurrentAccountFilter(Users users, LogoutHandler signOut) {
        this.users = users;
        this.signOut = signOut;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken person) {
            Optional<User> current = users.find(Username.of(person.getName())).filter(User::canSignIn);
            if (current.isEmpty()) {
                signOut.logout(request, response, person);
            } else {
                withCurrentAuthorities(person, current.get());
            }
        }
        chain.doFilter(request, response);
    }

    /** The roles as they are now; the sign-in's factors ({@code FACTOR_…}: which, and when) as they were. */
    private static void withCurrentAuthorities(UsernamePasswordAuthenticationToken person, User user) {
        Collection<? extends GrantedAuthority> current = UserAccounts.authorities(user);
        Set<GrantedAuthority> roles = person.getAuthorities().stream()
                .filter(authority -> !(authority instanceof FactorGrantedAuthority))
                .collect(Collectors.toSet());
        if (roles.equals(new HashSet<>(current))) {
            return;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(current);
        person.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance).forEach(authorities::add);
        UsernamePasswordAuthenticationToken updated =
                UsernamePasswordAuthenticationToken.authenticated(person.getPrincipal(), null, authorities);
        updated.setDetails(person.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
    }
}
