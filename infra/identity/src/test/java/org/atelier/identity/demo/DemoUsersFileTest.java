package org.atelier.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoUsersFileTest {

    private static final List<DemoUsersFile.Row> ROWS = List.of(
            new DemoUsersFile.Row("admin", "Pw7sd8fJk2mNq4rT", "it", "TOP_MANAGEMENT", "ADMIN,EMPLOYEE"),
            new DemoUsersFile.Row("engineering-staff", "Xy3kP9mQw2Lr8sTn", "engineering", "OTHER_STAFF", "EMPLOYEE"));

    @TempDir
    Path directory;

    @Test
    void writesAReadableTableInDirectoriesItCreates() throws IOException {
        Path file = directory.resolve("data/nested/demo-users.txt");

        DemoUsersFile.write(file, ROWS);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("username").contains("password", "department", "level", "roles"));
        assertThat(lines).contains(
                "admin              Pw7sd8fJk2mNq4rT  it           TOP_MANAGEMENT  ADMIN,EMPLOYEE",
                "engineering-staff  Xy3kP9mQw2Lr8sTn  engineering  OTHER_STAFF     EMPLOYEE");
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void onlyTheOwnerMayReadIt() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = directory.resolve("demo-users.txt");

        DemoUsersFile.write(file, ROWS);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void replacesAnOlderList() throws IOException {
        Path file = directory.resolve("demo-users.txt");
        Files.writeString(file, "stale");

        DemoUsersFile.write(file, ROWS);

        assertThat(Files.readString(file)).doesNotContain("stale").contains("engineering-staff");
    }
}
