package org.atelier.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the local system needs to start: where the project and the data are, which ports, which services.
 * {@code ./atelier} builds it from the environment ({@link EnvironmentConfig}); tests build it with {@link #builder}.
 *
 * @param rootDir             the project directory (the services' jars are found below it)
 * @param dataDir             where Kafka, MongoDB, logs and pid files keep their files
 * @param classpath           the classpath the Kafka and MongoDB child JVMs run on
 * @param mongoPort           MongoDB wire-protocol port
 * @param kafkaPort           Kafka client (PLAINTEXT) port
 * @param kafkaControllerPort Kafka KRaft controller port
 * @param services            the services to run, in this order; empty runs only Kafka and MongoDB
 * @param startTimeout        how long the whole start may take before it is given up
 * @param demoData            whether the first start of a data directory loads the demo data
 */
public record StackConfig(
        Path rootDir,
        Path dataDir,
        LocalStackClasspath classpath,
        int mongoPort,
        int kafkaPort,
        int kafkaControllerPort,
        List<ServiceSpec> services,
        Duration startTimeout,
        boolean demoData) {

    public StackConfig {
        rootDir = rootDir.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        Objects.requireNonNull(classpath, "classpath");
        services = List.copyOf(services);
        requireDistinctPorts(portUses(mongoPort, kafkaPort, kafkaControllerPort, services));
    }

    public static Builder builder(Path rootDir, Path dataDir, LocalStackClasspath classpath) {
        return new Builder(rootDir, dataDir, classpath);
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String mongoUri() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }

    /** Where people sign in, and the issuer of every token: the services must agree on it. */
    public String identityIssuer() {
        return "http://localhost:" + service(ServiceSpec.IDENTITY).port();
    }

    public boolean hasService(String name) {
        return services.stream().anyMatch(s -> s.name().equals(name));
    }

    /**
     * What a service is told through its environment: where Kafka, MongoDB and the identity provider are; the
     * provider also learns where each service's pages are (its sign-in redirects) and where to list the demo users.
     */
    Map<String, String> environment(ServiceSpec spec, Path demoUsersFile) {
        Map<String, String> env = new HashMap<>();
        env.put("ATELIER_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        env.put("ATELIER_MONGODB_URI", mongoUri());
        if (hasService(ServiceSpec.IDENTITY)) {
            env.put("ATELIER_IDENTITY_ISSUER", identityIssuer());
        }
        if (spec.isIdentityProvider()) {
            env.put("ATELIER_DEMO_USERS_FILE", demoUsersFile.toString());
            for (ServiceSpec service : services) {
                if (!service.isIdentityProvider()) {
                    String prefix = "ATELIER_" + service.name().replaceFirst("-service$", "").toUpperCase(java.util.Locale.ROOT);
                    env.put(prefix + "_UI_URL", "http://localhost:" + service.port());
                }
            }
        }
        env.putAll(spec.env());
        return env;
    }

    public ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service named " + name + " in " + services));
    }

    /** Every port the system binds, in the order a conflict is best reported. */
    List<PortUse> portUses() {
        return portUses(mongoPort, kafkaPort, kafkaControllerPort, services);
    }

    private static List<PortUse> portUses(int mongoPort, int kafkaPort, int kafkaControllerPort, List<ServiceSpec> services) {
        List<PortUse> uses = new ArrayList<>();
        uses.add(new PortUse(kafkaPort, "Kafka", EnvironmentConfig.KAFKA_PORT));
        uses.add(new PortUse(kafkaControllerPort, "Kafka controller", EnvironmentConfig.KAFKA_CONTROLLER_PORT));
        uses.add(new PortUse(mongoPort, "MongoDB", EnvironmentConfig.MONGO_PORT));
        for (ServiceSpec service : services) {
            uses.add(new PortUse(service.port(), service.name(), EnvironmentConfig.portVariable(service)));
        }
        return uses;
    }

    private static void requireDistinctPorts(List<PortUse> uses) {
        Map<Integer, PortUse> byPort = new HashMap<>();
        for (PortUse use : uses) {
            PortUse other = byPort.putIfAbsent(use.port(), use);
            if (other != null) {
                throw new AtelierException(other.variable() + " and " + use.variable() + " are both " + use.port()
                        + "; give each its own port.");
            }
        }
    }

    /** Defaults are the documented ones: Kafka 9092/9093, MongoDB 27017, services 8081-8084, 180 s, demo data on. */
    public static final class Builder {
        private final Path rootDir;
        private final Path dataDir;
        private final LocalStackClasspath classpath;
        private int mongoPort = 27017;
        private int kafkaPort = 9092;
        private int kafkaControllerPort = 9093;
        private List<ServiceSpec> services = ServiceSpec.standard();
        private Duration startTimeout = Duration.ofSeconds(180);
        private boolean demoData = true;

        private Builder(Path rootDir, Path dataDir, LocalStackClasspath classpath) {
            this.rootDir = rootDir;
            this.dataDir = dataDir;
            this.classpath = classpath;
        }

        public Builder mongoPort(int port) {
            this.mongoPort = port;
            return this;
        }

        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        public Builder kafkaControllerPort(int port) {
            this.kafkaControllerPort = port;
            return this;
        }

        public Builder services(List<ServiceSpec> specs) {
            this.services = List.copyOf(specs);
            return this;
        }

        /** Moves one of the configured services to another port. */
        public Builder servicePort(String name, int port) {
            boolean known = services.stream().anyMatch(s -> s.name().equals(name));
            if (!known) {
                throw new IllegalArgumentException("No service named " + name + " in " + services);
            }
            this.services = services.stream().map(s -> s.name().equals(name) ? s.withPort(port) : s).toList();
            return this;
        }

        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        public Builder demoData(boolean load) {
            this.demoData = load;
            return this;
        }

        public StackConfig build() {
            return new StackConfig(rootDir, dataDir, classpath, mongoPort, kafkaPort, kafkaControllerPort, services,
                    startTimeout, demoData);
        }
    }
}
