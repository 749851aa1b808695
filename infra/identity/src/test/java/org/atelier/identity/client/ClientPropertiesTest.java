package org.atelier.identity.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import org.atelier.identity.user.Role;
import org.junit.jupiter.api.Test;

class ClientPropertiesTest {

    @Test
    void aUiIsReachedAtSpringSecuritysEndpointsForTheAtelierRegistration() {
        ClientProperties.UiClient ui = new ClientProperties.UiClient(URI.create("https://claims.example.com/"), "", null, null);

        assertThat(ui.redirectUri()).isEqualTo("https://claims.example.com/login/oauth2/code/atelier");
        assertThat(ui.postLogoutRedirectUri()).isEqualTo("https://claims.example.com/");
        assertThat(ui.backChannelLogoutUri()).isEqualTo("https://claims.example.com/logout/connect/back-channel/atelier");
    }

    @Test
    void theBackChannelLogoutUrlCanBeSetPerClient() {
        ClientProperties.UiClient ui = new ClientProperties.UiClient(URI.create("http://localhost:8083"),
                " http://claims-internal:8083/logout/connect/back-channel/atelier ", null, null);

        assertThat(ui.backChannelLogoutUri()).isEqualTo("http://claims-internal:8083/logout/connect/back-channel/atelier");
    }

    @Test
    void aUiWithoutRolesIsForEveryoneOtherwiseForTheirHolders() {
        ClientProperties.UiClient everyone = new ClientProperties.UiClient(URI.create("http://localhost:8081"), null, Set.of(), null);
        ClientProperties.UiClient reports = new ClientProperties.UiClient(URI.create("http://localhost:8084"), null,
                EnumSet.of(Role.MANAGEMENT, Role.FINANCE, Role.ADMIN, Role.DEPARTMENT_HEAD), null);

        assertThat(everyone.isVisibleTo(EnumSet.of(Role.EMPLOYEE))).isTrue();
        assertThat(reports.isVisibleTo(EnumSet.of(Role.EMPLOYEE))).isFalse();
        assertThat(reports.isVisibleTo(EnumSet.of(Role.EMPLOYEE, Role.DEPARTMENT_HEAD))).isTrue();
    }

    @Test
    void aShortcutIsForTheRolesItNamesAndOnlyAPathOfTheUi() {
        ClientProperties.UiClient reports = new ClientProperties.UiClient(URI.create("http://localhost:8084"), null, Set.of(), null,
                java.util.List.of(new ClientProperties.Shortcut("/scorecard", "scorecard", EnumSet.of(Role.DEPARTMENT_HEAD)),
                        new ClientProperties.Shortcut("/", "overview", null)));

        assertThat(reports.shortcutsFor(EnumSet.of(Role.EMPLOYEE))).extracting(ClientProperties.Shortcut::key).containsExactly("overview");
        assertThat(reports.shortcutsFor(EnumSet.of(Role.EMPLOYEE, Role.DEPARTMENT_HEAD))).extracting(ClientProperties.Shortcut::key)
                .containsExactly("scorecard", "overview");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ClientProperties.Shortcut("//evil.example.com", "x", null))
                .as("a shortcut cannot leave its UI").isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ClientProperties.Shortcut("https://evil.example.com", "x", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
