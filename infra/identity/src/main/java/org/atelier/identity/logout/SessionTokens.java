package org.atelier.identity.logout;

/** The refresh tokens (and authorizations) issued to the UIs, revoked when the sessions they belong to end. */
public interface SessionTokens {

    /** Everything granted in one provider session, named by its {@code sid}. */
    void revokeSession(String sid);

    /** Everything granted to one person, in every session. */
    void revokeAllOf(String subject);
}
