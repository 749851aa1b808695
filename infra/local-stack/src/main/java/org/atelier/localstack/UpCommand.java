package org.atelier.localstack;

import java.util.List;

/**
 * {@code ./atelier up}: starts the system in the foreground and keeps it running until Ctrl-C, SIGTERM or
 * {@code ./atelier down}, all of which stop it in order through a shutdown hook.
 */
final class UpCommand {

    private final StackConfig config;
    private final DataDir dataDir;
    private final PidFiles pidFiles;

    UpCommand(StackConfig config) {
        this.config = config;
        this.dataDir = new DataDir(config.dataDir());
        this.pidFiles = new PidFiles(dataDir.run());
    }

    int run() {
        pidFiles.liveJavaProcess(PidFiles.LAUNCHER).ifPresent(launcher -> {
            throw new AtelierException("Atelier is already running (pid " + launcher.pid() + "); ./atelier status");
        });
        requireNoLeftovers();
        // Checked before anything is printed or written, so a conflict is exactly one line.
        PortCheck.requireFree(config.portUses());

        long startedAt = System.nanoTime();
        System.out.println("Starting Atelier (data in " + DisplayPaths.of(dataDir.root()) + ")…");
        LocalStack stack = new LocalStack(config, System.out::println);
        pidFiles.write(PidFiles.LAUNCHER, ProcessHandle.current().pid());
        Thread stopHook = new Thread(() -> stop(stack), "atelier-stop");
        Runtime.getRuntime().addShutdownHook(stopHook);
        try {
            stack.start();
        } catch (AtelierException e) {
            // start() has already stopped what it started; the failure message is the last thing printed.
            if (!removed(stopHook)) {
                waitForever();
            }
            pidFiles.delete(PidFiles.LAUNCHER);
            throw e;
        }

        System.out.printf("Atelier is up in %.1f s.%n%n", (System.nanoTime() - startedAt) / 1e9);
        printSummary();
        waitForever();
        return 0;
    }

    /** Children of a launcher that was killed hold the ports; saying so beats a port conflict message. */
    private void requireNoLeftovers() {
        List<String> leftovers = pidFiles.names().stream()
                .flatMap(name -> pidFiles.liveJavaProcess(name).map(p -> name + " pid " + p.pid()).stream())
                .toList();
        if (!leftovers.isEmpty()) {
            throw new AtelierException("Processes of an earlier run are still running (" + String.join(", ", leftovers)
                    + "); stop them with ./atelier down");
        }
    }

    private void stop(LocalStack stack) {
        System.out.println("Stopping Atelier…");
        stack.close();
        pidFiles.delete(PidFiles.LAUNCHER);
        System.out.println("Atelier stopped.");
    }

    private void printSummary() {
        for (ServiceSpec service : config.services()) {
            String home = "http://localhost:" + service.port() + "/";
            if (service.isIdentityProvider()) {
                System.out.printf("  %-10s %-24s sign in here; demo users and passwords: %s%n", "Portal", home,
                        DisplayPaths.of(dataDir.demoUsers()));
            } else {
                System.out.printf("  %-10s %-24s API docs: %sswagger-ui.html%n", service.title(), home, home);
            }
        }
        System.out.printf("  %-10s %s%n", "Kafka", config.kafkaBootstrapServers());
        System.out.printf("  %-10s %s%n", "MongoDB", config.mongoUri());
        System.out.printf("  %-10s %s%n", "Data", DisplayPaths.of(dataDir.root()));
        System.out.printf("  %-10s %s%n%n", "Logs", DisplayPaths.of(dataDir.logs()));
        System.out.println("Press Ctrl-C to stop, or run ./atelier down from another terminal.");
    }

    /** False when a signal stopped the start: then the hook is already running and reports the stop itself. */
    private static boolean removed(Thread hook) {
        try {
            return Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            return false;
        }
    }

    /** The children run on their own; this thread only keeps the launcher alive for the shutdown hook. */
    private static void waitForever() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
