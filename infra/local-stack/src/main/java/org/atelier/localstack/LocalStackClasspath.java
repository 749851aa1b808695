package org.atelier.localstack;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the launcher's own classes and its runtime libraries are. Kafka and the MongoDB-protocol server run as
 * child JVMs on this classpath; it cannot be taken from {@code java.class.path} because inside a test JVM that is
 * the test's classpath, not this module's.
 *
 * @param classes this module's jar (or classes directory)
 * @param lib     the directory {@code package} copies the runtime dependencies to
 */
public record LocalStackClasspath(Path classes, Path lib) {

    public LocalStackClasspath {
        classes = classes.toAbsolutePath().normalize();
        lib = lib.toAbsolutePath().normalize();
    }

    /** The classpath of the code running now: its jar or classes directory, and the {@code lib} directory next to it. */
    public static LocalStackClasspath ofRunningCode() {
        try {
            Path classes = Path.of(LocalStackClasspath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new LocalStackClasspath(classes, classes.resolveSibling("lib"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the local-stack classes", e);
        }
    }

    /** The {@code -cp} argument for a child JVM. */
    String asArgument() {
        if (!Files.isDirectory(lib)) {
            throw new AtelierException("The launcher's libraries are missing (" + lib + "). Build them: ./mvnw -DskipTests install");
        }
        return classes + File.pathSeparator + lib.resolve("*");
    }
}
