package org.atelier.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Spring Boot service of the local system and how to run it.
 *
 * @param name        the service name, e.g. {@code loyalty-service}; also names its log and pid files
 * @param module      the Maven module that builds it, relative to the project, e.g. {@code loyalty-service/app}
 * @param port        its HTTP port
 * @param jvmArgs     extra JVM options, after the defaults
 * @param programArgs extra program arguments (Spring properties such as {@code --a.b=c}), after the port
 * @param env         extra environment variables
 */
public record ServiceSpec(String name, String module, int port, List<String> jvmArgs, List<String> programArgs, Map<String, String> env) {

    static final String IDENTITY = "identity-service";

    public ServiceSpec {
        jvmArgs = List.copyOf(jvmArgs);
        programArgs = List.copyOf(programArgs);
        env = Map.copyOf(env);
    }

    /** A department service, built by {@code <name>/app}. */
    public static ServiceSpec of(String name, int port) {
        return new ServiceSpec(name, name + "/app", port, List.of(), List.of(), Map.of());
    }

    /**
     * The identity provider, in its local profile: it creates the demo users on its first start and lists
     * their passwords in the data directory.
     */
    public static ServiceSpec identity(int port) {
        return new ServiceSpec(IDENTITY, "infra/identity", port, List.of(), List.of("--spring.profiles.active=local"), Map.of());
    }

    /** The identity provider and the four services, on their default ports. */
    public static List<ServiceSpec> standard() {
        return List.of(identity(9000), of("loyalty-service", 8081), of("survey-service", 8082), of("claims-service", 8083),
                of("reporting-service", 8084));
    }

    boolean isIdentityProvider() {
        return IDENTITY.equals(name);
    }

    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, module, newPort, jvmArgs, programArgs, env);
    }

    public ServiceSpec withExtraProgramArgs(List<String> extra) {
        List<String> all = new ArrayList<>(programArgs);
        all.addAll(extra);
        return new ServiceSpec(name, module, port, jvmArgs, all, env);
    }

    /** The runnable jar the build leaves in {@code <module>/target}. */
    Path jar(Path rootDir) {
        return rootDir.resolve(module).resolve("target").resolve(name + "-exec.jar");
    }

    /** "Loyalty" for {@code loyalty-service}: how the console summary names it. */
    String title() {
        String shortName = name.replaceFirst("-service$", "");
        return Character.toUpperCase(shortName.charAt(0)) + shortName.substring(1);
    }
}
