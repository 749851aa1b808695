package org.atelier.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentConfigTest {

    private static final Path ROOT = Path.of("/project");
    private static final LocalStackClasspath CLASSPATH = new LocalStackClasspath(Path.of("/project/ls.jar"), Path.of("/project/lib"));

    @Test
    void emptyEnvironmentGivesTheDocumentedDefaults() {
        StackConfig config = read(Map.of());

        assertThat(config.dataDir()).isEqualTo(ROOT.resolve(".atelier-data"));
        assertThat(config.kafkaPort()).isEqualTo(9092);
        assertThat(config.kafkaControllerPort()).isEqualTo(9093);
        assertThat(config.mongoPort()).isEqualTo(27017);
        assertThat(config.services()).extracting(ServiceSpec::name, ServiceSpec::port).containsExactly(
                tuple("identity-service", 9000),
                tuple("loyalty-service", 8081),
                tuple("survey-service", 8082),
                tuple("claims-service", 8083),
                tuple("reporting-service", 8084));
        assertThat(config.startTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(config.demoData()).isTrue();
    }

    @Test
    void variablesOverrideTheDefaults() {
        StackConfig config = read(Map.of(
                "ATELIER_KAFKA_PORT", "19092",
                "ATELIER_KAFKA_CONTROLLER_PORT", "19093",
                "ATELIER_MONGO_PORT", " 37017 ",
                "ATELIER_REPORTING_PORT", "18084",
                "ATELIER_START_TIMEOUT_SECONDS", "300",
                "ATELIER_DATA_DIR", "/var/atelier"));

        assertThat(config.kafkaBootstrapServers()).isEqualTo("127.0.0.1:19092");
        assertThat(config.kafkaControllerPort()).isEqualTo(19093);
        assertThat(config.mongoUri()).isEqualTo("mongodb://127.0.0.1:37017");
        assertThat(config.service("reporting-service").port()).isEqualTo(18084);
        assertThat(config.service("loyalty-service").port()).isEqualTo(8081);
        assertThat(config.startTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/atelier"));
    }

    @Test
    void relativeDataDirIsBelowTheProject() {
        assertThat(read(Map.of("ATELIER_DATA_DIR", "tmp/data")).dataDir()).isEqualTo(ROOT.resolve("tmp/data"));
    }

    @Test
    void blankVariableMeansTheDefault() {
        assertThat(read(Map.of("ATELIER_KAFKA_PORT", "  ")).kafkaPort()).isEqualTo(9092);
    }

    @Test
    void nonNumericPortIsRejectedNamingTheVariableAndValue() {
        assertThatThrownBy(() -> read(Map.of("ATELIER_KAFKA_PORT", "kafka")))
                .isInstanceOf(AtelierException.class)
                .hasMessage("ATELIER_KAFKA_PORT must be a port number between 1 and 65535, but is 'kafka'.");
    }

    @Test
    void portOutOfRangeIsRejected() {
        assertThatThrownBy(() -> read(Map.of("ATELIER_SURVEY_PORT", "70000")))
                .hasMessage("ATELIER_SURVEY_PORT must be a port number between 1 and 65535, but is '70000'.");
    }

    @Test
    void zeroTimeoutIsRejected() {
        assertThatThrownBy(() -> read(Map.of("ATELIER_START_TIMEOUT_SECONDS", "0")))
                .hasMessage("ATELIER_START_TIMEOUT_SECONDS must be a whole number of seconds above 0, but is '0'.");
    }

    @Test
    void twoComponentsOnOnePortAreRejected() {
        assertThatThrownBy(() -> read(Map.of("ATELIER_CLAIMS_PORT", "8081")))
                .isInstanceOf(AtelierException.class)
                .hasMessage("ATELIER_LOYALTY_PORT and ATELIER_CLAIMS_PORT are both 8081; give each its own port.");
    }

    @Test
    void portVariableIsNamedAfterTheService() {
        assertThat(EnvironmentConfig.portVariable(ServiceSpec.of("loyalty-service", 1))).isEqualTo("ATELIER_LOYALTY_PORT");
    }

    private static StackConfig read(Map<String, String> env) {
        return EnvironmentConfig.read(env, ROOT, CLASSPATH);
    }
}
