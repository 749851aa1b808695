package org.atelier.localstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB-protocol server of the local system, run as its own JVM: mongo-java-server with the H2 backend,
 * whose MVStore file keeps the data across restarts. No real mongod can be installed here; see ARCHITECTURE.md §3
 * for what this server does not support.
 *
 * <p>Usage: {@code EmbeddedMongoMain <port> <data file>}. Listens on 127.0.0.1 only.
 */
public final class EmbeddedMongoMain {

    private EmbeddedMongoMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: EmbeddedMongoMain <port> <data file>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(file.getParent());

        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
        // SIGTERM runs this: shutdown() closes the backend, which commits and closes the MVStore file.
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "mongo-shutdown"));
        System.out.println("MongoDB-protocol server listening on mongodb://127.0.0.1:" + port + ", data in " + file);
        // Netty's non-daemon event-loop threads keep the JVM alive after main returns.
    }
}
