package org.atelier.identity.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The clients are bound from configuration the way the provider reads them; a UI's own secret is optional. */
class ClientPropertiesBindingTest {

    @Test
    void aUiMayBringItsOwnSecretAndTheOthersKeepTheSharedOne() {
        Map<String, String> configuration = Map.of(
                "atelier.identity.clients.ui-secret", "shared",
                "atelier.identity.clients.ui.loyalty-ui.url", "http://localhost:8081",
                "atelier.identity.clients.ui.loyalty-ui.secret", "loyalty-own",
                "atelier.identity.clients.ui.survey-ui.url", "http://localhost:8082",
                "atelier.identity.clients.ui.survey-ui.secret", "",
                "atelier.identity.clients.machine.client-id", "atelier-machine",
                "atelier.identity.clients.machine.secret", "machine");

        ClientProperties clients = new Binder(new MapConfigurationPropertySource(configuration))
                .bind("atelier.identity.clients", ClientProperties.class).get();

        assertThat(clients.ui()).containsOnlyKeys("loyalty-ui", "survey-ui");
        assertThat(clients.ui().get("loyalty-ui").secretOr(clients.uiSecret())).isEqualTo("loyalty-own");
        assertThat(clients.ui().get("survey-ui").secretOr(clients.uiSecret())).isEqualTo("shared");
    }
}
