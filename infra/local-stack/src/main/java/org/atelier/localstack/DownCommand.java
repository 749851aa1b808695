package org.atelier.localstack;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code ./atelier down}, from another terminal: asks the launcher to stop (it then stops its children in order),
 * and cleans up children a killed launcher left behind.
 */
final class DownCommand {

    /** The launcher itself allows each group (services, Kafka, MongoDB) 20 s. */
    private static final Duration LAUNCHER_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration LEFTOVER_TIMEOUT = Duration.ofSeconds(20);

    private final PidFiles pidFiles;

    DownCommand(StackConfig config) {
        this.pidFiles = new PidFiles(new DataDir(config.dataDir()).run());
    }

    int run() {
        boolean stoppedAny = false;
        Optional<ProcessHandle> launcher = pidFiles.liveJavaProcess(PidFiles.LAUNCHER);
        if (launcher.isPresent()) {
            System.out.println("Stopping Atelier (launcher pid " + launcher.get().pid() + ")…");
            if (!terminate(launcher.get(), LAUNCHER_TIMEOUT)) {
                System.out.println("  the launcher did not stop within " + LAUNCHER_TIMEOUT.toSeconds() + " s and was killed");
            }
            pidFiles.delete(PidFiles.LAUNCHER);
            stoppedAny = true;
        }
        for (String name : leftoversInStopOrder()) {
            Optional<ProcessHandle> child = pidFiles.liveJavaProcess(name);
            if (child.isPresent()) {
                terminate(child.get(), LEFTOVER_TIMEOUT);
                pidFiles.delete(name);
                System.out.println("  stopped leftover " + name + " (pid " + child.get().pid() + ")");
                stoppedAny = true;
            }
        }
        System.out.println(stoppedAny ? "Atelier stopped." : "Atelier is not running.");
        return 0;
    }

    /** Services first, then Kafka, then MongoDB, as the launcher would. */
    private List<String> leftoversInStopOrder() {
        return pidFiles.names().stream()
                .filter(name -> !name.equals(PidFiles.LAUNCHER))
                .sorted(Comparator.comparingInt(DownCommand::stopRank))
                .toList();
    }

    private static int stopRank(String name) {
        return switch (name) {
            case KafkaComponent.NAME -> 1;
            case MongoComponent.NAME -> 2;
            default -> 0;
        };
    }

    /** SIGTERM, and SIGKILL if it is still alive after the timeout; true if it stopped by itself. */
    private static boolean terminate(ProcessHandle process, Duration timeout) {
        process.destroy();
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
