package org.atelier.identity.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the provider session of a user who was deactivated after signing in, at their next request to the
 * provider and before it goes any further: they are signed out (of the UIs too, by the logout given), so they
 * reach neither the pages, the admin pages included, nor a new authorization code. Costs one lookup by id per
 * request of a signed-in person; clients authenticating at the token endpoint are not people and are not looked up.
 */
public class ActiveAccountFilter extends OncePerRequestFilter {

    private final Users users;
    private final LogoutHandler signOut;

    public ActiveAccountFilter(Users users, LogoutHandler signOut) {
        this.users = users;
        this.signOut = signOut;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken person && !isActive(person.getName())) {
            signOut.logout(request, response, person);
        }
        chain.doFilter(request, response);
    }

    private boolean isActive(String username) {
        return users.find(Username.of(username)).filter(User::canSignIn).isPresent();
    }
}
