package org.atelier.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    @Test
    @SuppressWarnings("unchecked")
    void runsTheTestedImagesAndStartsEveryServiceOnlyOnHealthyInfrastructure() throws Exception {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of(System.getProperty("atelier.root"), "docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services.get("kafka").get("image")).isEqualTo(OnRealImages.KAFKA_IMAGE);
        assertThat(services.get("mongo").get("image")).isEqualTo(OnRealImages.MONGO_IMAGE);
        assertThat((List<String>) services.get("mongo").get("command")).contains("--replSet");
        assertThat(services.get("kafka")).containsKey("healthcheck");
        assertThat(services.get("mongo")).containsKey("healthcheck");
        Map<String, Object> identity = services.get("identity");
        assertThat(identity).containsKey("healthcheck");
        assertThat((Map<String, Object>) ((Map<String, Object>) identity.get("build")).get("args"))
                .containsEntry("SERVICE", "identity-service").containsEntry("MODULE", "infra/identity");
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
    }
}
