package org.atelier.identity.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/** Turns the configured clients into Spring Authorization Server registrations. */
public final class AtelierClients {

    /** Client setting holding the URL a UI client accepts back-channel logout tokens at. */
    public static final String BACK_CHANNEL_LOGOUT_URI = "atelier.backchannel_logout_uri";

    private AtelierClients() {
    }

    /**
     * Every scope some client may be granted, as discovery publishes it in {@code scopes_supported}: the OpenID
     * Connect ones the UIs sign people in with, and the APIs' own that the machine and provisioning clients ask for.
     */
    public static Set<String> scopesSupported(ClientProperties clients) {
        Set<String> scopes = new LinkedHashSet<>(List.of(OidcScopes.OPENID, OidcScopes.PROFILE));
        TreeSet<String> machineScopes = new TreeSet<>(clients.machine().scopes());
        clients.provisioningClient().ifPresent(provisioning -> machineScopes.addAll(provisioning.scopes()));
        scopes.addAll(machineScopes);
        return scopes;
    }

    public static List<RegisteredClient> registrations(ClientProperties clients, Duration accessTokenTimeToLive,
                                                       Duration refreshTokenTimeToLive, PasswordEncoder encoder) {
        List<RegisteredClient> registrations = new ArrayList<>();
        for (Map.Entry<String, ClientProperties.UiClient> ui : clients.ui().entrySet()) {
            // Hashed once per client: the repository refuses two clients with the same stored secret.
            registrations.add(uiClient(ui.getKey(), ui.getValue(), encoder.encode(ui.getValue().secretOr(clients.uiSecret())),
                    accessTokenTimeToLive, refreshTokenTimeToLive));
        }
        registrations.add(machineClient(clients.machine(), encoder, accessTokenTimeToLive));
        clients.provisioningClient().ifPresent(provisioning -> registrations.add(machineClient(provisioning, encoder, accessTokenTimeToLive)));
        return registrations;
    }

    /**
     * A confidential client signing people in: PKCE on top of the secret, no consent screen (every UI is part of
     * Atelier), refresh tokens so a UI can keep calling APIs beyond the short access-token lifetime.
     */
    private static RegisteredClient uiClient(String clientId, ClientProperties.UiClient ui, String encodedSecret,
                                             Duration accessTokenTimeToLive, Duration refreshTokenTimeToLive) {
        return RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientSecret(encodedSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(ui.redirectUri())
                .postLogoutRedirectUri(ui.postLogoutRedirectUri())
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .setting(BACK_CHANNEL_LOGOUT_URI, ui.backChannelLogoutUri())
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(accessTokenTimeToLive)
                        .refreshTokenTimeToLive(refreshTokenTimeToLive)
                        .reuseRefreshTokens(false)
                        .build())
                .build();
    }

    private static RegisteredClient machineClient(ClientProperties.MachineClient machine, PasswordEncoder encoder,
                                                  Duration accessTokenTimeToLive) {
        return RegisteredClient.withId(machine.clientId())
                .clientId(machine.clientId())
                .clientSecret(encoder.encode(machine.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(machine.scopes()))
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(accessTokenTimeToLive)
                        .build())
                .build();
    }
}
