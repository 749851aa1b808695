package org.atelier.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The whole local system: Kafka and MongoDB first, then the identity provider, then the services, each its own process, and the demo data
 * once per data directory. {@code ./atelier up} is a thin wrapper around it; system tests drive it directly, e.g. to
 * crash and restart one service.
 *
 * <p>Starts once: after {@link #close()}, a new instance on the same configuration finds all the data again.
 * Thread-safe for {@link #close()} from a shutdown hook while {@link #start()} is still running.
 */
public final class LocalStack implements AutoCloseable {

    static final String LOYALTY = "loyalty-service";

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final long POLL_MILLIS = 250;

    private final StackConfig config;
    private final DataDir dataDir;
    private final PidFiles pidFiles;
    private final Console console;
    private final Map<String, ChildProcess> children = new LinkedHashMap<>();
    private boolean closed;

    /** @param console receives progress lines ({@code System.out::println} in the CLI) */
    public LocalStack(StackConfig config, Consumer<String> console) {
        this.config = config;
        this.dataDir = new DataDir(config.dataDir());
        this.pidFiles = new PidFiles(dataDir.run());
        this.console = new Console(console);
    }

    /**
     * Starts everything and returns when every service is ready. On failure nothing is left running and the
     * {@link AtelierException} says which component failed and shows the end of its log.
     */
    public void start() {
        PortCheck.requireFree(config.portUses());
        dataDir.create();
        Instant deadline = Instant.now().plus(config.startTimeout());
        try {
            startTogether(List.of(new KafkaComponent(config, dataDir, pidFiles), new MongoComponent(config, dataDir, pidFiles)), deadline);
            // The identity provider first: it publishes the company directory (departments, people) before it reports
            // ready, so a service that replicates the directory finds it on the topic at its start and is ready only
            // once it has read it. Started together, loyalty could be ready on a still empty topic, and the demo
            // data's losses naming departments would race the provider's first publish.
            List<Component> provider = config.services().stream().filter(ServiceSpec::isIdentityProvider).map(this::component).toList();
            if (!provider.isEmpty()) {
                startTogether(provider, deadline);
            }
            startTogether(config.services().stream().filter(spec -> !spec.isIdentityProvider()).map(this::component).toList(), deadline);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        if (config.demoData() && config.hasService(LOYALTY) && config.hasService(ServiceSpec.IDENTITY)) {
            DemoData.fromResource().loadOnce(dataDir, config.service(LOYALTY).port(), config.service(ServiceSpec.IDENTITY).port(), console);
        }
    }

    /**
     * Starts one service again, e.g. after {@link #killService}, and waits until it is ready.
     *
     * @param extraProgramArgs added for this run only, e.g. {@code --atelier.outbox.crash-drill=halt-after-write}
     */
    public void startService(String name, String... extraProgramArgs) {
        ServiceSpec spec = config.service(name).withExtraProgramArgs(List.of(extraProgramArgs));
        synchronized (this) {
            ChildProcess current = children.get(name);
            if (current != null && current.isAlive()) {
                throw new IllegalStateException(name + " is already running (pid " + current.pid() + ")");
            }
        }
        try {
            startTogether(List.of(component(spec)), Instant.now().plus(config.startTimeout()));
        } catch (RuntimeException e) {
            stopIfStarted(name);
            throw e;
        }
    }

    /** SIGTERM, then SIGKILL after 20 s: a normal shutdown. */
    public void stopService(String name) {
        child(name).stop(STOP_GRACE);
    }

    /** SIGKILL: the process gets no chance to clean up, like a crash or a power cut. */
    public void killService(String name) {
        child(name).kill();
    }

    /** The exit code of a component that has exited, empty while it runs. */
    public OptionalInt exitCode(String name) {
        return child(name).exitCode();
    }

    /** Stops the services, then Kafka, then MongoDB, so nothing loses its broker or database while shutting down. */
    @Override
    public void close() {
        List<ChildProcess> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(children.values());
            children.clear();
        }
        stopTogether(all.stream().filter(c -> !isInfrastructure(c)).toList());
        stopTogether(all.stream().filter(c -> c.name().equals(KafkaComponent.NAME)).toList());
        stopTogether(all.stream().filter(c -> c.name().equals(MongoComponent.NAME)).toList());
    }

    /** Launches all, then polls until each is ready; the first that dies or is late fails the whole group. */
    private void startTogether(List<Component> components, Instant deadline) {
        Map<Component, ChildProcess> starting = new LinkedHashMap<>();
        Map<Component, Long> launchedAt = new LinkedHashMap<>();
        for (Component component : components) {
            launchedAt.put(component, System.nanoTime());
            starting.put(component, launch(component));
        }
        while (!starting.isEmpty()) {
            for (Iterator<Map.Entry<Component, ChildProcess>> it = starting.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Component, ChildProcess> entry = it.next();
                ChildProcess child = entry.getValue();
                requireNotClosed();
                if (!child.isAlive()) {
                    throw child.startFailure("exit " + child.exitCode().orElseThrow());
                }
                if (entry.getKey().isReady()) {
                    it.remove();
                    child.reportUnexpectedExit(console);
                    double seconds = (System.nanoTime() - launchedAt.get(entry.getKey())) / 1e9;
                    console.component(child.name(), String.format("ready in %4.1f s  (pid %d)", seconds, child.pid()));
                }
            }
            if (!starting.isEmpty() && Instant.now().isAfter(deadline)) {
                throw starting.values().iterator().next().startFailure("not ready after " + config.startTimeout().toSeconds() + " s");
            }
            pause();
        }
    }

    private ChildProcess launch(Component component) {
        requireNotClosed();
        ChildProcess child = component.start();
        synchronized (this) {
            if (closed) {
                child.kill();
                throw stoppedWhileStarting();
            }
            children.put(component.name(), child);
        }
        return child;
    }

    private void stopIfStarted(String name) {
        ChildProcess child;
        synchronized (this) {
            child = children.get(name);
        }
        if (child != null) {
            child.stop(STOP_GRACE);
        }
    }

    private Component component(ServiceSpec spec) {
        return new ServiceComponent(spec, config, dataDir, pidFiles);
    }

    private synchronized ChildProcess child(String name) {
        ChildProcess child = children.get(name);
        if (child == null) {
            throw new IllegalArgumentException(name + " was not started by this LocalStack");
        }
        return child;
    }

    private synchronized void requireNotClosed() {
        if (closed) {
            throw stoppedWhileStarting();
        }
    }

    private static AtelierException stoppedWhileStarting() {
        return new AtelierException("Atelier was stopped while it was starting.");
    }

    private static boolean isInfrastructure(ChildProcess child) {
        return child.name().equals(KafkaComponent.NAME) || child.name().equals(MongoComponent.NAME);
    }

    /** SIGTERM to all first, so they shut down in parallel, then one shared grace period. */
    private static void stopTogether(List<ChildProcess> group) {
        group.forEach(ChildProcess::requestStop);
        Instant deadline = Instant.now().plus(STOP_GRACE);
        group.forEach(child -> child.awaitExit(deadline));
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AtelierException("Interrupted while starting.", e);
        }
    }
}
