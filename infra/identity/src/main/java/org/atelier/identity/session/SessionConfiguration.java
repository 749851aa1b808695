package org.atelier.identity.session;

import org.atelier.identity.login.PersonSessions;
import org.atelier.identity.logout.BackChannelLogout;
import org.atelier.identity.logout.SessionTokens;
import org.atelier.identity.logout.SignedInClients;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.core.session.SessionRegistry;

/** A person's list of their sessions, and ending them one by one or all at once. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    SignIns signIns() {
        return new SignIns();
    }

    /** A session that ends, however it ends, is forgotten. */
    @Bean
    ApplicationListener<SessionDestroyedEvent> forgetEndedSignIns(SignIns signIns) {
        return event -> signIns.forget(event.getId());
    }

    @Bean
    SignedInSessions signedInSessions(SessionRegistry registry, SignIns signIns, SignedInClients signedInClients,
                                      BackChannelLogout backChannelLogout, SessionTokens sessionTokens, PersonSessions personSessions) {
        return new SignedInSessions(registry, signIns, signedInClients, backChannelLogout, sessionTokens, personSessions);
    }
}
