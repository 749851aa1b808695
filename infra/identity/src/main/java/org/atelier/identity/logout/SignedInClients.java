package org.atelier.identity.logout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which clients each provider session signed in to, so that ending the session can end theirs too. Kept in
 * memory, like the sessions it describes.
 */
public class SignedInClients {

    /** One provider session: its {@code sid}, the user, and the clients that got an ID token in it. */
    public record Session(String sid, String subject, Set<String> clientIds) {
    }

    private final ConcurrentMap<String, Session> bySid = new ConcurrentHashMap<>();

    public void signedIn(String sid, String subject, String clientId) {
        bySid.merge(sid, new Session(sid, subject, Set.of(clientId)), (known, added) ->
                new Session(sid, subject, union(known.clientIds(), added.clientIds())));
    }

    /** The clients that got an ID token in the session, for the person's list of their sessions. */
    public Set<String> clientsOf(String sid) {
        Session session = bySid.get(sid);
        return session == null ? Set.of() : session.clientIds();
    }

    /** Forgets the session and returns what it was signed in to. */
    public Optional<Session> end(String sid) {
        return Optional.ofNullable(bySid.remove(sid));
    }

    /** Forgets every session of the user and returns what they were signed in to. */
    public List<Session> endAllOf(String subject) {
        List<Session> ended = new ArrayList<>();
        bySid.values().stream().filter(session -> session.subject().equals(subject)).toList()
                .forEach(session -> end(session.sid()).ifPresent(ended::add));
        return ended;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
