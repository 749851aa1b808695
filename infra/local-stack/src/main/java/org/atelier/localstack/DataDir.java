package org.atelier.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The layout of the data directory: one place that knows where logs, pid files and each store's files live. */
record DataDir(Path root) {

    DataDir {
        root = root.toAbsolutePath().normalize();
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path logFile(String component) {
        return logs().resolve(component + ".log");
    }

    Path run() {
        return root.resolve("run");
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    /** Kafka's log directory; {@code meta.properties} in it means the storage is already formatted. */
    Path kafkaLogDir() {
        return kafka().resolve("data");
    }

    Path mongoFile() {
        return root.resolve("mongo").resolve("atelier.mv");
    }

    /** Written by the identity provider on its first local start: the demo users and their passwords. */
    Path demoUsers() {
        return root.resolve("demo-users.txt");
    }

    Path demoDataMarker() {
        return root.resolve("demo-data.loaded");
    }

    void create() {
        try {
            for (Path dir : new Path[] {logs(), run(), kafkaLogDir(), mongoFile().getParent()}) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new AtelierException("Cannot create the data directory " + root + ": " + e.getMessage()
                    + ". Choose a writable one: ATELIER_DATA_DIR=/some/dir ./atelier up", e);
        }
    }
}
