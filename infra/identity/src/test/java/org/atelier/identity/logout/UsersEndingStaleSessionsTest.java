package org.atelier.identity.logout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.user.InMemoryUsers;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsersEndingStaleSessionsTest {

    private static final Instant CHOSEN = Instant.parse("2026-11-01T09:00:00Z");

    private final List<String> endedEverywhere = new ArrayList<>();
    private final InMemoryUsers store = new InMemoryUsers();
    private final List<String> tokensRevoked = new ArrayList<>();
    private final UsersEndingStaleSessions users = new UsersEndingStaleSessions(store, new RecordingLogout(endedEverywhere),
            new RecordingTokens(tokensRevoked));

    @BeforeEach
    void aSignedInPerson() {
        users.save(User.register(Username.of("petrova"), "Anna Petrova", null, new DepartmentCode("sales"),
                ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE), "{bcrypt}old-hash", false, CHOSEN));
    }

    @Test
    void aHashUpgradedAtSignInIsNotANewPasswordAndEndsNoSession() {
        User person = stored();
        person.rehashPassword("{argon2}same-password-new-hash");

        users.save(person);

        assertThat(endedEverywhere).isEmpty();
        assertThat(tokensRevoked).isEmpty();
    }

    @Test
    void aNewPasswordEndsThePersonsSessionsEverywhere() {
        User person = stored();
        person.changePassword("{argon2}another-password", CHOSEN.plusSeconds(60));

        users.save(person);

        assertThat(endedEverywhere).containsExactly("petrova");
        assertThat(tokensRevoked).as("refresh tokens").containsExactly("petrova");
    }

    @Test
    void fewerRolesEndThePersonsSessionsEverywhere() {
        User person = stored();
        person.assign(person.department(), person.level(), EnumSet.of(Role.EMPLOYEE, Role.FINANCE));
        users.save(person);
        endedEverywhere.clear();

        User again = stored();
        again.assign(again.department(), again.level(), EnumSet.of(Role.EMPLOYEE));
        users.save(again);

        assertThat(endedEverywhere).containsExactly("petrova");
        assertThat(tokensRevoked).as("a refresh reads the roles as they are now").isEmpty();
    }

    private User stored() {
        return store.find(Username.of("petrova")).orElseThrow();
    }

    /** Only remembers whose sessions it was asked to end; what is sent to the UIs is tested with the provider. */
    private static final class RecordingLogout extends BackChannelLogout {
        private final List<String> subjects;

        RecordingLogout(List<String> subjects) {
            super(null, null, null, null, null);
            this.subjects = subjects;
        }

        @Override
        public void endEverywhere(String subject) {
            subjects.add(subject);
        }
    }

    private record RecordingTokens(List<String> subjects) implements SessionTokens {

        @Override
        public void revokeSession(String sid) {
        }

        @Override
        public void revokeAllOf(String subject) {
            subjects.add(subject);
        }
    }
}
