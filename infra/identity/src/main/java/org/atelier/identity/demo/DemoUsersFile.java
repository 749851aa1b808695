package org.atelier.identity.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the demo users and their passwords as a table a person reads, readable by the file's owner only
 * (permissions 600 where the file system has them). The file appears complete or not at all.
 */
public final class DemoUsersFile {

    /** One line of the table. */
    public record Row(String username, String password, String department, String level, String roles) {
    }

    private static final List<String> HEADINGS = List.of("username", "password", "department", "level", "roles");

    private DemoUsersFile() {
    }

    public static void write(Path file, List<Row> rows) {
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, ".demo-users", ".tmp", ownerOnly());
            Files.writeString(partial, render(rows), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo users to " + file, e);
        }
    }

    static String render(List<Row> rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(HEADINGS);
        rows.forEach(row -> table.add(List.of(row.username(), row.password(), row.department(), row.level(), row.roles())));
        int[] widths = new int[HEADINGS.size()];
        for (List<String> line : table) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], line.get(column).length());
            }
        }
        StringBuilder text = new StringBuilder()
                .append("Atelier local demo users. For this machine only: the passwords are random and are made anew\n")
                .append("when the data directory is reset. Sign in at the identity provider's portal.\n\n");
        text.append(line(table.get(0), widths)).append('\n');
        text.append(line(Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths)).append('\n');
        table.stream().skip(1).forEach(row -> text.append(line(row, widths)).append('\n'));
        return text.toString();
    }

    private static String line(List<String> cells, int[] widths) {
        List<String> padded = new ArrayList<>();
        for (int column = 0; column < cells.size(); column++) {
            padded.add(String.format("%-" + widths[column] + "s", cells.get(column)));
        }
        return padded.stream().collect(Collectors.joining("  ")).stripTrailing();
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }
}
