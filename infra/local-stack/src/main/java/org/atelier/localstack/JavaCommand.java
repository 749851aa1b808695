package org.atelier.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for child JVMs, run by the same Java installation as the launcher so versions never drift apart. */
final class JavaCommand {

    /**
     * The log4j2 setup of the Kafka and MongoDB children: INFO for start and stop, WARN for the rest (Kafka's default
     * would print its whole configuration on every start). A resource of this module, which is on their classpath.
     */
    private static final String LOGGING = "-Dlog4j2.configurationFile=org/atelier/localstack/child-log4j2.properties";

    private JavaCommand() {
    }

    static List<String> of(List<String> jvmArgs, List<String> mainAndArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(mainAndArgs);
        return command;
    }

    /** A main class of Kafka or of this module, on the local-stack classpath. */
    static List<String> onLocalStackClasspath(LocalStackClasspath classpath, String maxHeap, String mainClass, String... args) {
        List<String> mainAndArgs = new ArrayList<>(List.of(mainClass));
        mainAndArgs.addAll(List.of(args));
        return of(List.of("-Xmx" + maxHeap, LOGGING, "-cp", classpath.asArgument()), mainAndArgs);
    }
}
