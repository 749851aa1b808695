package org.atelier.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Spring Boot service of the local system and how to run it.
 *
 * @param name        the module name, e.g. {@code loyalty-service}; also names its log and pid files
 * @param port        its HTTP port
 * @param jvmArgs     extra JVM options, after the defaults
 * @param programArgs extra program arguments (Spring properties such as {@code --a.b=c}), after the port
 * @param env         extra environment variables
 */
public record ServiceSpec(String name, int port, List<String> jvmArgs, List<String> programArgs, Map<String, String> env) {

    public ServiceSpec {
        jvmArgs = List.copyOf(jvmArgs);
        programArgs = List.copyOf(programArgs);
        env = Map.copyOf(env);
    }

    public static ServiceSpec of(String name, int port) {
        return new ServiceSpec(name, port, List.of(), List.of(), Map.of());
    }

    /** The four services, on their default ports. */
    public static List<ServiceSpec> standard() {
        return List.of(of("loyalty-service", 8081), of("survey-service", 8082), of("claims-service", 8083),
                of("reporting-service", 8084));
    }

    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, newPort, jvmArgs, programArgs, env);
    }

    public ServiceSpec withExtraProgramArgs(List<String> extra) {
        List<String> all = new ArrayList<>(programArgs);
        all.addAll(extra);
        return new ServiceSpec(name, port, jvmArgs, all, env);
    }

    /** The runnable jar the build leaves in {@code <name>/app/target}. */
    Path jar(Path rootDir) {
        return rootDir.resolve(name).resolve("app").resolve("target").resolve(name + "-exec.jar");
    }

    /** "Loyalty" for {@code loyalty-service}: how the console summary names it. */
    String title() {
        String shortName = name.replaceFirst("-service$", "");
        return Character.toUpperCase(shortName.charAt(0)) + shortName.substring(1);
    }
}
