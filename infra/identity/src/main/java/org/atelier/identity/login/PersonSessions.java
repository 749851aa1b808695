package org.atelier.identity.login;

import java.security.Principal;
import java.util.Objects;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person's sessions at the provider, all of them, in every browser: a password change or reset ends them, so
 * whoever knew the old password is signed out. An ended session is only marked here; the next request it
 * makes signs it out ({@code ConcurrentSessionFilter}), with the logout handlers of the provider's pages.
 *
 * <p>Sessions are registered at sign-in and at every authorization request, in the {@link SessionRegistry}
 * Spring Authorization Server keeps for OpenID Connect; it lives in this instance's memory.
 */
public class PersonSessions {

    private final SessionRegistry registry;

    public PersonSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** After an admin reset the password: no session of theirs is the person's own any more. */
    public int endAll(String username) {
        return endAllBut(username, null);
    }

    /**
     * @param keptSessionId the session the person is acting in, which stays; null for none
     * @return how many sessions were ended
     */
    public int endAllBut(String username, String keptSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (!username.equals(nameOf(principal))) {
                continue;
            }
            for (SessionInformation session : registry.getAllSessions(principal, false)) {
                if (!session.getSessionId().equals(keptSessionId)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }

    private static String nameOf(Object principal) {
        if (principal instanceof UserDetails details) {
            return details.getUsername();
        }
        if (principal instanceof Principal named) {
            return named.getName();
        }
        return Objects.toString(principal);
    }
}
