package org.atelier.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code ATELIER_*} environment variables into a {@link StackConfig}: unset or blank means the default,
 * anything invalid stops with a message naming the variable and the value.
 */
final class EnvironmentConfig {

    static final String DATA_DIR = "ATELIER_DATA_DIR";
    static final String KAFKA_PORT = "ATELIER_KAFKA_PORT";
    static final String KAFKA_CONTROLLER_PORT = "ATELIER_KAFKA_CONTROLLER_PORT";
    static final String MONGO_PORT = "ATELIER_MONGO_PORT";
    static final String START_TIMEOUT_SECONDS = "ATELIER_START_TIMEOUT_SECONDS";

    private final Map<String, String> env;

    private EnvironmentConfig(Map<String, String> env) {
        this.env = env;
    }

    /**
     * @param env     the environment, normally {@code System.getenv()}
     * @param rootDir the project directory; a relative {@code ATELIER_DATA_DIR} is resolved against it
     */
    static StackConfig read(Map<String, String> env, Path rootDir, LocalStackClasspath classpath) {
        return new EnvironmentConfig(env).read(rootDir, classpath);
    }

    /** {@code ATELIER_LOYALTY_PORT} for {@code loyalty-service}. */
    static String portVariable(ServiceSpec service) {
        return "ATELIER_" + service.name().replaceFirst("-service$", "").replace('-', '_').toUpperCase(Locale.ROOT) + "_PORT";
    }

    private StackConfig read(Path rootDir, LocalStackClasspath classpath) {
        StackConfig.Builder builder = StackConfig.builder(rootDir, rootDir.resolve(value(DATA_DIR, ".atelier-data")), classpath)
                .kafkaPort(port(KAFKA_PORT, 9092))
                .kafkaControllerPort(port(KAFKA_CONTROLLER_PORT, 9093))
                .mongoPort(port(MONGO_PORT, 27017))
                .startTimeout(Duration.ofSeconds(positiveInt(START_TIMEOUT_SECONDS, 180)));
        for (ServiceSpec service : ServiceSpec.standard()) {
            builder.servicePort(service.name(), port(portVariable(service), service.port()));
        }
        return builder.build();
    }

    private String value(String name, String defaultValue) {
        String value = env.get(name);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    private int port(String name, int defaultPort) {
        int port = number(name, defaultPort, "a port number between 1 and 65535");
        if (port < 1 || port > 65535) {
            throw invalid(name, "a port number between 1 and 65535");
        }
        return port;
    }

    private int positiveInt(String name, int defaultValue) {
        int value = number(name, defaultValue, "a whole number of seconds above 0");
        if (value < 1) {
            throw invalid(name, "a whole number of seconds above 0");
        }
        return value;
    }

    private int number(String name, int defaultValue, String expected) {
        String text = value(name, null);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw invalid(name, expected);
        }
    }

    private AtelierException invalid(String name, String expected) {
        return new AtelierException(name + " must be " + expected + ", but is '" + env.get(name) + "'.");
    }
}
