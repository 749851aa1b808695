package org.atelier.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    private final StackConfig config = StackConfig.builder(Path.of("/project"), Path.of("/data"),
                    new LocalStackClasspath(Path.of("/project/launcher.jar"), Path.of("/project/lib")))
            .servicePort("identity-service", 19000)
            .servicePort("loyalty-service", 18081)
            .build();

    @Test
    void everyServiceLearnsTheBrokerTheDatabaseAndTheIssuerOfTheTokensItMustAccept() {
        Map<String, String> env = config.environment(config.service("loyalty-service"), Path.of("/data/demo-users.txt"));

        assertThat(env).containsEntry("ATELIER_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                .containsEntry("ATELIER_MONGODB_URI", "mongodb://127.0.0.1:27017")
                .containsEntry("ATELIER_IDENTITY_ISSUER", "http://localhost:19000")
                .doesNotContainKey("ATELIER_DEMO_USERS_FILE");
    }

    @Test
    void theIdentityProviderLearnsWhereEachServiceSignsPeopleInAndWhereToListTheDemoUsers() {
        ServiceSpec identity = config.service("identity-service");
        Map<String, String> env = config.environment(identity, Path.of("/data/demo-users.txt"));

        assertThat(env).containsEntry("ATELIER_LOYALTY_UI_URL", "http://localhost:18081")
                .containsEntry("ATELIER_REPORTING_UI_URL", "http://localhost:8084")
                .containsEntry("ATELIER_DEMO_USERS_FILE", "/data/demo-users.txt");
        assertThat(identity.programArgs()).contains("--spring.profiles.active=local");
        assertThat(identity.jar(Path.of("/project"))).isEqualTo(Path.of("/project/infra/identity/target/identity-service-exec.jar"));
    }
}
