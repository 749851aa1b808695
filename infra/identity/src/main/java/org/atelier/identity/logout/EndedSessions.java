package org.atelier.identity.logout;

import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;

/**
 * Forgets the clients of a provider session that timed out. A timeout sends no logout tokens: the UIs keep
 * their own sessions, as they would if the user had simply closed the provider's tab.
 */
public class EndedSessions {

    private final SignedInClients signedInClients;

    public EndedSessions(SignedInClients signedInClients) {
        this.signedInClients = signedInClients;
    }

    @EventListener
    public void sessionDestroyed(HttpSessionDestroyedEvent event) {
        signedInClients.end(SessionIds.sid(event.getId()));
    }
}
