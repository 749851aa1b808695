package org.atelier.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.atelier.testsupport.OnRealImages;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be started here (no Docker engine), so this keeps it honest the other way: it
 * runs the images the Containers suites test against, every service, and only starts a service once the
 * broker and the database are healthy.
 */
class DockerComposeTest {

    private static final List<String> SERVICES = List.of("loyalty-service", "survey-service", "claims-service", "reporting-service");

    /**
     * A port published as {@code "9092:9092"} listens on every interface of the host: MongoDB without
     * authentication and Kafka over PLAINTEXT would be open to the network. Each one must name its interface
     * through a variable whose default is the loopback address.
     */
    @Test
    @SuppressWarnings("unchecked")
    void publishesEveryPortOnLoopbackUnlessAVariableSaysOtherwise() throws Exception {
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose().get("services");
        Pattern boundToLoopback = Pattern.compile("\\$\\{ATELIER_[A-Z_]*BIND_ADDRESS:-127\\.0\\.0\\.1}:\\d+:\\d+");

        List<String> published = new ArrayList<>();
        services.forEach((name, service) -> ((List<Object>) service.getOrDefault("ports", List.of()))
                .forEach(port -> published.add(name + " " + port)));

        assertThat(published).as("published ports").hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(port -> assertThat(port.substring(port.indexOf(' ') + 1)).as(port).matches(boundToLoopback));
    }

    @Test
    @SuppressWarnings("unchecked")
    void runsTheTestedImagesAndStartsEveryServiceOnlyOnHealthyInfrastructure() throws Exception {
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose().get("services");

        assertThat(services.get("kafka").get("image")).isEqualTo(OnRealImages.KAFKA_IMAGE);
        assertThat(services.get("mongo").get("image")).isEqualTo(OnRealImages.MONGO_IMAGE);
        assertThat((List<String>) services.get("mongo").get("command")).contains("--replSet");
        assertThat(services.get("kafka")).containsKey("healthcheck");
        assertThat(services.get("mongo")).containsKey("healthcheck");
        Map<String, Object> identity = services.get("identity");
        assertThat(identity).containsKey("healthcheck");
        assertThat((Map<String, Object>) ((Map<String, Object>) identity.get("build")).get("args"))
                .containsEntry("SERVICE", "identity-service").containsEntry("MODULE", "infra/identity");
        // The provider publishes the company directory, so it needs the broker as the services do.
        assertThat((Map<String, Object>) identity.get("environment")).containsKey("ATELIER_KAFKA_BOOTSTRAP_SERVERS")
                .containsEntry("ATELIER_PROVISIONING_CLIENT_SECRET", "${ATELIER_PROVISIONING_CLIENT_SECRET:-}");
        assertThat(((Map<String, Map<String, String>>) identity.get("depends_on")).get("kafka")).containsEntry("condition", "service_healthy");
        for (String name : SERVICES) {
            Map<String, Object> service = services.get(name);
            assertThat(service).as(name).isNotNull().containsKey("healthcheck");
            assertThat((Map<String, Object>) ((Map<String, Object>) service.get("build")).get("args")).containsEntry("SERVICE", name);
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) service.get("depends_on");
            assertThat(dependsOn.get("kafka")).containsEntry("condition", "service_healthy");
            assertThat(dependsOn.get("mongo")).containsEntry("condition", "service_healthy");
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            assertThat(environment).containsKeys("ATELIER_KAFKA_BOOTSTRAP_SERVERS", "ATELIER_MONGODB_URI", "ATELIER_IDENTITY_ISSUER",
                    "ATELIER_IDENTITY_INTERNAL_URI");
            assertThat(Files.exists(Path.of(System.getProperty("atelier.root"), name.replace("-service", "-service/app")))).isTrue();
        }
        // Loyalty, survey and claims replicate the company directory, which the provider has published once it reports ready.
        for (String replicating : List.of("loyalty-service", "survey-service", "claims-service")) {
            assertThat(((Map<String, Map<String, String>>) services.get(replicating).get("depends_on")).get("identity"))
                    .as(replicating).containsEntry("condition", "service_healthy");
        }
    }

    private static Map<String, Object> compose() throws Exception {
        try (Reader reader = Files.newBufferedReader(Path.of(System.getProperty("atelier.root"), "docker-compose.yml"))) {
            return new Yaml().load(reader);
        }
    }
}
