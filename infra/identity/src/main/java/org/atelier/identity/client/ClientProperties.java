package org.atelier.identity.client;

import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.atelier.identity.user.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The clients the provider knows, registered from configuration so that their ids and secrets survive restarts
 * and redeployments. Secrets are read from the environment; the defaults in application.yml are local-only.
 *
 * @param uiSecret the client secret of every service UI that has none of its own
 * @param ui       the service UIs by client id, in the order the portal lists them
 * @param machine      the client of machine callers: the demo loader, benchmarks, external systems
 * @param provisioning the client of systems that manage departments and people through the provider's admin API
 *                     (an HR system, the demo loader), with the scope {@value #ADMIN_SCOPE}; registered only when
 *                     it has a secret, and kept apart from {@code machine} so that reading and writing business data
 *                     never carries the power to make administrators
 */
@ConfigurationProperties("atelier.identity.clients")
public record ClientProperties(String uiSecret, Map<String, UiClient> ui, MachineClient machine, MachineClient provisioning) {

    /** The scope of the provider's admin API for machine clients. */
    public static final String ADMIN_SCOPE = "atelier.admin";

    @ConstructorBinding
    public ClientProperties {
        ui = ui == null ? Map.of() : new LinkedHashMap<>(ui);
    }

    /** Without a provisioning client. */
    public ClientProperties(String uiSecret, Map<String, UiClient> ui, MachineClient machine) {
        this(uiSecret, ui, machine, null);
    }

    /** The provisioning client, when one is configured with a secret. */
    public Optional<MachineClient> provisioningClient() {
        return Optional.ofNullable(provisioning).filter(client -> client.clientId() != null && !client.clientId().isBlank()
                && client.secret() != null && !client.secret().isBlank());
    }

    /**
     * A service UI that signs its users in with the authorization-code flow.
     *
     * @param url                  where the UI runs, e.g. {@code http://localhost:8081}
     * @param backChannelLogoutUrl where the UI accepts logout tokens; blank for the convention (see
     *                             {@link #backChannelLogoutUri()})
     * @param visibleTo            roles of which a user needs one to see the UI on the portal; empty for everyone
     * @param secret               this UI's own client secret; blank to use the shared {@code uiSecret}, which
     *                             is simpler locally, while a deployment gives each UI its own so that one leaked
     *                             secret does not let its holder pose as every UI
     * @param shortcuts            pages of the UI the portal links to beside it, each for the people who may open it
     */
    public record UiClient(URI url, String backChannelLogoutUrl, Set<Role> visibleTo, String secret, List<Shortcut> shortcuts) {

        /** The registration id the UIs give the provider in their Spring Security client configuration. */
        public static final String REGISTRATION_ID = "atelier";

        @ConstructorBinding
        public UiClient {
            visibleTo = visibleTo == null || visibleTo.isEmpty() ? Set.of() : EnumSet.copyOf(visibleTo);
            shortcuts = shortcuts == null ? List.of() : List.copyOf(shortcuts);
        }

        public UiClient(URI url, String backChannelLogoutUrl, Set<Role> visibleTo, String secret) {
            this(url, backChannelLogoutUrl, visibleTo, secret, List.of());
        }

        /** The shortcuts a person with these roles may open. */
        public List<Shortcut> shortcutsFor(Set<Role> roles) {
            return shortcuts.stream().filter(shortcut -> shortcut.isVisibleTo(roles)).toList();
        }

        public String baseUrl() {
            String value = url.toString();
            return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        }

        /** Spring Security's client-side callback for the {@value #REGISTRATION_ID} registration. */
        public String redirectUri() {
            return baseUrl() + "/login/oauth2/code/" + REGISTRATION_ID;
        }

        /** The UI's start page: where the portal links to and where the UI's users land after logout. */
        public String homeUrl() {
            return baseUrl() + "/";
        }

        public String postLogoutRedirectUri() {
            return homeUrl();
        }

        /** By default Spring Security's client-side back-channel logout endpoint for the registration. */
        public String backChannelLogoutUri() {
            return backChannelLogoutUrl == null || backChannelLogoutUrl.isBlank()
                    ? baseUrl() + "/logout/connect/back-channel/" + REGISTRATION_ID
                    : backChannelLogoutUrl.strip();
        }

        /** The secret this UI authenticates with: its own, or else the shared one. */
        public String secretOr(String sharedSecret) {
            return secret == null || secret.isBlank() ? sharedSecret : secret;
        }

        public boolean isVisibleTo(Set<Role> roles) {
            return visibleTo.isEmpty() || roles.stream().anyMatch(visibleTo::contains);
        }
    }

    /**
     * A page of a UI the portal links to directly.
     *
     * @param path      the page's path in the UI, e.g. {@code /scorecard}
     * @param key       names its label in the portal's messages: {@code shortcut.<key>}
     * @param visibleTo roles of which a user needs one to see it; empty for everyone who sees the UI
     */
    public record Shortcut(String path, String key, Set<Role> visibleTo) {

        public Shortcut {
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                throw new IllegalArgumentException("A shortcut's path starts with a single /: " + path);
            }
            visibleTo = visibleTo == null || visibleTo.isEmpty() ? Set.of() : EnumSet.copyOf(visibleTo);
        }

        public boolean isVisibleTo(Set<Role> roles) {
            return visibleTo.isEmpty() || roles.stream().anyMatch(visibleTo::contains);
        }
    }

    /** @param scopes what the machine client may ask for, e.g. {@code atelier.read} */
    public record MachineClient(String clientId, String secret, Set<String> scopes) {
    }
}
