package org.atelier.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void givesTheLastLinesInOrder() throws IOException {
        Path log = write(lines(1, 100));

        assertThat(LogTail.lastLines(log, 3)).containsExactly("line 98", "line 99", "line 100");
    }

    @Test
    void shortFileIsGivenWhole() throws IOException {
        Path log = write("only line\n");

        assertThat(LogTail.lastLines(log, 15)).containsExactly("only line");
    }

    @Test
    void largeFileIsReadFromItsEndWithoutAPartialFirstLine() throws IOException {
        Path log = write(lines(1, 50_000));

        assertThat(LogTail.lastLines(log, 15)).hasSize(15).endsWith("line 50000").allMatch(line -> line.matches("line \\d+"));
    }

    @Test
    void missingFileHasNoLines() {
        assertThat(LogTail.lastLines(dir.resolve("never-written.log"), 15)).isEmpty();
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("service.log"), content);
    }

    private static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n"));
    }
}
