package org.atelier.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFilesTest {

    @TempDir
    Path runDir;

    @Test
    void liveJavaProcessIsFound() {
        PidFiles pidFiles = new PidFiles(runDir);
        pidFiles.write("launcher", ProcessHandle.current().pid());

        assertThat(pidFiles.liveJavaProcess("launcher")).map(ProcessHandle::pid).contains(ProcessHandle.current().pid());
        assertThat(pidFiles.names()).containsExactly("launcher");
    }

    @Test
    void staleFileIsIgnoredAndRemoved() {
        PidFiles pidFiles = new PidFiles(runDir);
        pidFiles.write("kafka", Long.MAX_VALUE);

        assertThat(pidFiles.liveJavaProcess("kafka")).isEmpty();
        assertThat(runDir.resolve("kafka.pid")).doesNotExist();
    }

    @Test
    void onlyTheOwningProcessDeletesTheFile() throws Exception {
        PidFiles pidFiles = new PidFiles(runDir);
        pidFiles.write("loyalty-service", 42);

        pidFiles.deleteIfOwnedBy("loyalty-service", 41);
        assertThat(Files.readString(runDir.resolve("loyalty-service.pid")).trim()).isEqualTo("42");

        pidFiles.deleteIfOwnedBy("loyalty-service", 42);
        assertThat(runDir.resolve("loyalty-service.pid")).doesNotExist();
    }
}
