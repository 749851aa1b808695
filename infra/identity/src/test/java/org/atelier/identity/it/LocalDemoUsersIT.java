package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.atelier.identity.user.PasswordHasher;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.FindingUsers;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The local profile's first start, on a database of its own. */
@UsesSharedInfrastructure
@SpringBootTest(properties = {"spring.mongodb.database=identity_local_it", RunningProvider.WITHOUT_SERVICE_SECURITY})
@ActiveProfiles("local")
class LocalDemoUsersIT {

    private static final Path DIRECTORY = temporaryDirectory();
    private static final Path FILE = DIRECTORY.resolve("data/demo-users.txt");

    @Autowired
    FindingUsers users;

    @Autowired
    PasswordHasher hasher;

    @DynamicPropertySource
    static void demoUsersFile(DynamicPropertyRegistry registry) {
        registry.add("atelier.identity.demo-users-file", FILE::toString);
    }

    @Test
    void createsTheDemoUsersAndListsThemForTheOwnerOnly() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(FILE))).isEqualTo("rw-------");
        List<String> lines = Files.readAllLines(FILE);

        assertThat(users.find(Username.of("admin"))).hasValueSatisfying(admin -> assertThat(admin.hasRole(Role.ADMIN)).isTrue());
        assertThat(users.find(Username.of("ceo"))).hasValueSatisfying(ceo -> assertThat(ceo.hasRole(Role.MANAGEMENT)).isTrue());
        assertThat(users.find(Username.of("logistics-head"))).hasValueSatisfying(head ->
                assertThat(head.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.DEPARTMENT_HEAD));
        for (String username : List.of("admin", "ceo", "finance", "sales-head", "sales-staff", "it-staff")) {
            String[] row = lines.stream().filter(line -> line.startsWith(username + " ")).findFirst().orElseThrow().split("\\s+");
            User user = users.get(Username.of(username));
            assertThat(hasher.matches(row[1], user.passwordHash())).as("the listed password of " + username).isTrue();
            assertThat(row[2]).isEqualTo(user.department().value());
            assertThat(row[3]).isEqualTo(user.level().name());
        }
    }

    @AfterAll
    static void removeTheFile() throws IOException {
        Files.deleteIfExists(FILE);
        Files.deleteIfExists(FILE.getParent());
        Files.deleteIfExists(DIRECTORY);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("identity-demo-users");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
