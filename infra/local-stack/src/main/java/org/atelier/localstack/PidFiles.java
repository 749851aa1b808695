package org.atelier.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code run/<name>.pid} files: how {@code down} and {@code status}, running in another JVM, find the launcher
 * and its children. A pid is only trusted while that process is alive and is a Java process, because a stale file's
 * pid may have been reused by something else.
 */
final class PidFiles {

    static final String LAUNCHER = "launcher";

    private final Path runDir;

    PidFiles(Path runDir) {
        this.runDir = runDir;
    }

    void write(String name, long pid) {
        try {
            Files.createDirectories(runDir);
            Files.writeString(file(name), pid + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the file if it still names this pid, so a process that exits late cannot delete its successor's. */
    void deleteIfOwnedBy(String name, long pid) {
        if (read(name).filter(p -> p == pid).isPresent()) {
            delete(name);
        }
    }

    void delete(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live Java process a pid file names; a stale file is deleted. */
    Optional<ProcessHandle> liveJavaProcess(String name) {
        Optional<ProcessHandle> process = read(name).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(PidFiles::isJava);
        if (process.isEmpty()) {
            delete(name);
        }
        return process;
    }

    /** The names of all pid files present. */
    List<String> names() {
        if (!Files.isDirectory(runDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(runDir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".pid"))
                    .map(f -> f.substring(0, f.length() - ".pid".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Long> read(String name) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file(name)).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("java")).orElse(false);
    }

    private Path file(String name) {
        return runDir.resolve(name + ".pid");
    }
}
