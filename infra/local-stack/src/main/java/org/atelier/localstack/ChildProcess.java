package org.atelier.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One component running as a child process: its output goes to {@code logs/<name>.log}, its pid to
 * {@code run/<name>.pid}, and it is stopped with SIGTERM first, SIGKILL only when it does not listen.
 */
final class ChildProcess {

    /**
     * {@code setsid} puts the child in its own session, so Ctrl-C in the terminal reaches only the launcher,
     * which then stops the children in order (services before Kafka before MongoDB). Without it (it is missing
     * e.g. on macOS) the terminal signals every process at once; they still stop, just not in order.
     */
    private static final List<String> DETACH = findOnPath("setsid").map(p -> List.of(p.toString())).orElse(List.of());

    private static final int TAIL_LINES = 15;
    /** Starts the line written before each run, so the lines of one run can be told from the previous ones'. */
    private static final String HEADER_PREFIX = "==== ";

    private final String name;
    private final Process process;
    private final Path logFile;
    private final PidFiles pidFiles;
    private volatile boolean stopRequested;

    private ChildProcess(String name, Process process, Path logFile, PidFiles pidFiles) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFiles = pidFiles;
        process.onExit().thenRun(this::forgetPid);
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env, DataDir dataDir, PidFiles pidFiles) {
        Path logFile = dataDir.logFile(name);
        appendHeader(logFile, command);
        List<String> detached = new ArrayList<>(DETACH);
        detached.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(detached)
                .directory(dataDir.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            pidFiles.write(name, process.pid());
            return new ChildProcess(name, process, logFile, pidFiles);
        } catch (IOException e) {
            throw new AtelierException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    /** From now on, an exit nobody asked for is reported as one line, and the rest of the system keeps running. */
    void reportUnexpectedExit(Console console) {
        process.onExit().thenAccept(p -> {
            if (!stopRequested) {
                console.line(name + " exited unexpectedly (exit " + p.exitValue() + "); see " + DisplayPaths.of(logFile));
            }
        });
    }

    /** Sends SIGTERM and returns at once; {@link #awaitExit} waits. Lets several children shut down in parallel. */
    void requestStop() {
        stopRequested = true;
        process.destroy();
    }

    /** Waits for the exit until the deadline, then sends SIGKILL. */
    void awaitExit(Instant deadline) {
        try {
            long millis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                forgetPid();
            } else {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    void stop(Duration grace) {
        requestStop();
        awaitExit(Instant.now().plus(grace));
    }

    /** SIGKILL: no shutdown hooks, like a power cut. Returns once the process is gone. */
    void kill() {
        stopRequested = true;
        process.destroyForcibly();
        process.onExit().join();
        forgetPid();
    }

    /** The failure message the user sees: why, and the end of the log, which usually says the rest. */
    AtelierException startFailure(String reason) {
        StringBuilder message = new StringBuilder(name).append(" failed to start (").append(reason)
                .append("); last lines of ").append(DisplayPaths.of(logFile)).append(':');
        linesOfThisRun().forEach(line -> message.append(System.lineSeparator()).append("    ").append(line));
        return new AtelierException(message.toString());
    }

    /** The log's last lines, without those of earlier runs: they would only mislead. */
    private List<String> linesOfThisRun() {
        List<String> tail = LogTail.lastLines(logFile, TAIL_LINES);
        for (int i = tail.size() - 1; i >= 0; i--) {
            if (tail.get(i).startsWith(HEADER_PREFIX)) {
                return tail.subList(i, tail.size());
            }
        }
        return tail;
    }

    /** Also done when the process exits by itself; done on stop too, so the file is gone when a stop returns. */
    private void forgetPid() {
        pidFiles.deleteIfOwnedBy(name, process.pid());
    }

    private static void appendHeader(Path logFile, List<String> command) {
        String header = String.format("%n%s%s starting: %s%n", HEADER_PREFIX, Instant.now(), String.join(" ", command));
        try {
            Files.writeString(logFile, header, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> findOnPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
