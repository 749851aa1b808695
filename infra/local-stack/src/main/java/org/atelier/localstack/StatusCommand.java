package org.atelier.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./atelier status}: one line per component, and for services whether they are ready. Exits 0 when
 * everything runs and is ready, 3 otherwise (the LSB convention for "not running"), so scripts can wait on it.
 */
final class StatusCommand {

    private static final int NOT_ALL_RUNNING = 3;

    private final StackConfig config;
    private final PidFiles pidFiles;

    StatusCommand(StackConfig config) {
        this.config = config;
        this.pidFiles = new PidFiles(new DataDir(config.dataDir()).run());
    }

    int run() {
        Console console = new Console(System.out::println);
        Optional<ProcessHandle> launcher = pidFiles.liveJavaProcess(PidFiles.LAUNCHER);
        console.line(launcher.map(p -> "Atelier is running (launcher pid " + p.pid() + ").").orElse("Atelier is not running."));
        boolean allUp = launcher.isPresent();
        for (String name : List.of(KafkaComponent.NAME, MongoComponent.NAME)) {
            allUp &= report(console, name, pidFiles.liveJavaProcess(name), Optional.empty());
        }
        for (ServiceSpec service : config.services()) {
            Optional<ProcessHandle> process = pidFiles.liveJavaProcess(service.name());
            allUp &= report(console, service.name(), process, process.map(p -> Readiness.of(service.port())));
        }
        return allUp ? 0 : NOT_ALL_RUNNING;
    }

    private static boolean report(Console console, String name, Optional<ProcessHandle> process, Optional<Readiness> readiness) {
        if (process.isEmpty()) {
            console.component(name, "not running");
            return false;
        }
        List<String> parts = new ArrayList<>(List.of("running (pid " + process.get().pid() + ")"));
        readiness.ifPresent(r -> parts.add(r.up() ? "ready" : "not ready (" + r.detail() + ")"));
        console.component(name, String.join(", ", parts));
        return readiness.map(Readiness::up).orElse(true);
    }
}
