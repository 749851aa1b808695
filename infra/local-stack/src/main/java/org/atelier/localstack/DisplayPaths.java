package org.atelier.localstack;

import java.nio.file.Path;

/**
 * Paths as the user should see them: relative to the directory the command was typed in when they are below it
 * (short and clickable), absolute otherwise. {@code ./atelier} passes that directory in {@code atelier.invoked-from}
 * because it changes to the project directory before starting Java.
 */
final class DisplayPaths {

    private DisplayPaths() {
    }

    static String of(Path path) {
        Path from = Path.of(System.getProperty("atelier.invoked-from", System.getProperty("user.dir"))).toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(from) && !absolute.equals(from) ? from.relativize(absolute).toString() : absolute.toString();
    }
}
