package org.atelier.identity.session;

import java.security.Principal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.atelier.identity.login.PersonSessions;
import org.atelier.identity.logout.BackChannelLogout;
import org.atelier.identity.logout.SessionIds;
import org.atelier.identity.logout.SessionTokens;
import org.atelier.identity.logout.SignedInClients;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person's provider sessions, as they see them on their account page and as an admin ends them. Each is named
 * by its {@code sid} (the hash the UIs know it by), never by the session id, which is a bearer credential.
 *
 * <p>Ending one session revokes the refresh tokens granted in it and sends its UIs a logout token at once; the
 * provider session itself is signed out at its next request. Ending every session of a person does the same for
 * all of them: what an admin does for someone whose computer or account may be in other hands.
 */
public class SignedInSessions {

    /** One session in the person's list. */
    public record Session(String sid, Optional<Instant> signedInAt, Instant lastRequest, String browser,
                          Set<String> clientIds, boolean current) {
    }

    private final SessionRegistry registry;
    private final SignIns signIns;
    private final SignedInClients signedInClients;
    private final BackChannelLogout backChannelLogout;
    private final SessionTokens sessionTokens;
    private final PersonSessions personSessions;

    public SignedInSessions(SessionRegistry registry, SignIns signIns, SignedInClients signedInClients,
                            BackChannelLogout backChannelLogout, SessionTokens sessionTokens, PersonSessions personSessions) {
        this.registry = registry;
        this.signIns = signIns;
        this.signedInClients = signedInClients;
        this.backChannelLogout = backChannelLogout;
        this.sessionTokens = sessionTokens;
        this.personSessions = personSessions;
    }

    /** The person's live sessions, the most recently used first. */
    public List<Session> of(String username, String currentSessionId) {
        return sessionsOf(username).values().stream()
                .map(session -> describe(session, currentSessionId))
                .sorted(Comparator.comparing(Session::current).reversed().thenComparing(Session::lastRequest, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * Ends one of the person's own sessions.
     *
     * @return false when the person has no live session of that {@code sid}
     */
    public boolean endOne(String username, String sid) {
        Optional<SessionInformation> found = sessionsOf(username).values().stream()
                .filter(session -> SessionIds.sid(session.getSessionId()).equals(sid))
                .findFirst();
        found.ifPresent(session -> {
            backChannelLogout.endSession(sid);
            session.expireNow();
        });
        return found.isPresent();
    }

    /** Ends every session of the person: at the UIs now, their refresh tokens now, at the provider at the next request. */
    public void endEverywhere(String username) {
        backChannelLogout.endEverywhere(username);
        sessionTokens.revokeAllOf(username);
        personSessions.endAll(username);
    }

    private Session describe(SessionInformation session, String currentSessionId) {
        String sid = SessionIds.sid(session.getSessionId());
        Optional<SignIns.SignIn> signIn = signIns.of(session.getSessionId());
        return new Session(sid, signIn.map(SignIns.SignIn::at), session.getLastRequest().toInstant(),
                signIn.map(SignIns.SignIn::browser).orElse(""), signedInClients.clientsOf(sid),
                session.getSessionId().equals(currentSessionId));
    }

    /** One entry per session id: a session is registered at sign-in and again at authorization requests. */
    private Map<String, SessionInformation> sessionsOf(String username) {
        Map<String, SessionInformation> sessions = new LinkedHashMap<>();
        for (Object principal : registry.getAllPrincipals()) {
            if (username.equals(nameOf(principal))) {
                registry.getAllSessions(principal, false).forEach(session -> sessions.putIfAbsent(session.getSessionId(), session));
            }
        }
        return sessions;
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
