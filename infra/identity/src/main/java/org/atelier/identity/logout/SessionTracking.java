package org.atelier.identity.logout;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Notes every client that gets an ID token, under the token's {@code sid}: the clients a logout has to reach.
 * Spring Authorization Server hands the session over, already hashed to the {@code sid}, only for ID tokens of
 * the authorization-code flow.
 */
public class SessionTracking implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final SignedInClients signedInClients;

    public SessionTracking(SignedInClients signedInClients) {
        this.signedInClients = signedInClients;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            return;
        }
        SessionInformation session = context.get(SessionInformation.class);
        if (session != null) {
            signedInClients.signedIn(session.getSessionId(), context.getPrincipal().getName(),
                    context.getRegisteredClient().getClientId());
        }
    }
}
