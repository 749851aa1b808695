package org.atelier.identity.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class AtelierClientsTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void aUiWithItsOwnSecretAuthenticatesWithThatOneOnlyAndTheOthersWithTheSharedOne() {
        Map<String, ClientProperties.UiClient> uis = new LinkedHashMap<>();
        uis.put("loyalty-ui", new ClientProperties.UiClient(URI.create("http://localhost:8081"), null, Set.of(), "loyalty-own-secret"));
        uis.put("survey-ui", new ClientProperties.UiClient(URI.create("http://localhost:8082"), null, Set.of(), " "));
        ClientProperties clients = new ClientProperties("shared-secret", uis,
                new ClientProperties.MachineClient("atelier-machine", "machine-secret", Set.of("atelier.read")));

        List<RegisteredClient> registered = AtelierClients.registrations(clients, Duration.ofMinutes(10), Duration.ofHours(8), encoder);

        RegisteredClient loyalty = byId(registered, "loyalty-ui");
        RegisteredClient survey = byId(registered, "survey-ui");
        assertThat(encoder.matches("loyalty-own-secret", loyalty.getClientSecret())).isTrue();
        assertThat(encoder.matches("shared-secret", loyalty.getClientSecret())).as("the shared secret no longer opens loyalty").isFalse();
        assertThat(encoder.matches("shared-secret", survey.getClientSecret())).isTrue();
        assertThat(encoder.matches("machine-secret", byId(registered, "atelier-machine").getClientSecret())).isTrue();
    }

    private static RegisteredClient byId(List<RegisteredClient> clients, String clientId) {
        return clients.stream().filter(client -> client.getClientId().equals(clientId)).findFirst().orElseThrow();
    }
}
