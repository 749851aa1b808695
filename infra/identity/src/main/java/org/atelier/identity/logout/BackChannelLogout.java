package org.atelier.identity.logout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.atelier.identity.client.AtelierClients;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Ends the user's sessions at every client their provider session signed in to, by sending each a logout token,
 * and revokes the refresh tokens granted in that provider session. Runs while the provider session still
 * exists, on the portal's sign-out as on RP-initiated logout (a UI's own sign-out), and after a change to the
 * user that their open sessions must not outlive.
 */
public class BackChannelLogout implements LogoutHandler {

    private final SignedInClients signedInClients;
    private final RegisteredClientRepository clients;
    private final LogoutTokens tokens;
    private final BackChannelLogoutSender sender;
    private final SessionTokens sessionTokens;

    public BackChannelLogout(SignedInClients signedInClients, RegisteredClientRepository clients, LogoutTokens tokens,
                             BackChannelLogoutSender sender, SessionTokens sessionTokens) {
        this.signedInClients = signedInClients;
        this.clients = clients;
        this.tokens = tokens;
        this.sender = sender;
        this.sessionTokens = sessionTokens;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        endSession(SessionIds.sid(session.getId()));
    }

    /**
     * Ends one provider session's sessions at the clients and revokes its refresh tokens, from any request: what
     * "end this one" in a person's list of their sessions calls for.
     */
    public void endSession(String sid) {
        // Revoked first: a UI told of the logout must find its refresh token refused, not still working.
        sessionTokens.revokeSession(sid);
        signedInClients.end(sid).ifPresent(ended -> sender.deliver(deliveries(ended)));
    }

    /**
     * Ends the user's sessions at every client, from every provider session they have: what an admin's change to
     * them or a new password calls for. Their provider sessions themselves stay, and judge each request by the
     * user as they are now; the UIs sign them in again through it, with what they may do now.
     */
    public void endEverywhere(String subject) {
        List<BackChannelLogoutSender.Delivery> deliveries = signedInClients.endAllOf(subject).stream()
                .flatMap(session -> deliveries(session).stream())
                .toList();
        if (!deliveries.isEmpty()) {
            sender.deliver(deliveries);
        }
    }

    private List<BackChannelLogoutSender.Delivery> deliveries(SignedInClients.Session session) {
        return session.clientIds().stream()
                .map(clients::findByClientId)
                .filter(Objects::nonNull)
                .filter(client -> client.getClientSettings().getSetting(AtelierClients.BACK_CHANNEL_LOGOUT_URI) != null)
                .map(client -> delivery(client, session))
                .toList();
    }

    private BackChannelLogoutSender.Delivery delivery(RegisteredClient client, SignedInClients.Session session) {
        String url = client.getClientSettings().getSetting(AtelierClients.BACK_CHANNEL_LOGOUT_URI);
        return new BackChannelLogoutSender.Delivery(client.getClientId(), URI.create(url),
                tokens.create(client.getClientId(), session.sid(), session.subject()));
    }
}
