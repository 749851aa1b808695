package org.atelier.identity.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import org.atelier.identity.TestClock;
import org.atelier.identity.department.InMemoryDepartments;
import org.atelier.identity.user.InMemoryUsers;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.DeactivatingUser;
import org.atelier.identity.user.application.RegisteringUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sign-in as Spring Security performs it, against the user store, without a Spring context. */
class UserAccountsTest {

    private static final String PASSWORD = "correct horse battery";

    private static final Duration TEMPORARY_LIFETIME = Duration.ofHours(72);

    private final InMemoryUsers users = new InMemoryUsers();
    private final TestClock clock = TestClock.atSomeMorning();
    private final PasswordEncoder encoder = new LoginConfiguration().passwordEncoder();
    private final RegisteringUser registering =
            new RegisteringUser(users, InMemoryDepartments.withDefaults(), new SpringPasswordHasher(encoder), clock);
    private DaoAuthenticationProvider signIn;

    @BeforeEach
    void anAdmin() {
        registering.register(new RegisteringUser.Command("Ivanov", "Ivan Ivanov", null, "sales", ManagementLevel.DIVISION_HEAD,
                EnumSet.of(Role.EMPLOYEE, Role.DEPARTMENT_HEAD), PASSWORD, false));
        UserAccounts accounts = new UserAccounts(users, clock, TEMPORARY_LIFETIME);
        signIn = new DaoAuthenticationProvider(accounts);
        signIn.setPasswordEncoder(encoder);
        signIn.setUserDetailsPasswordService(accounts);
    }

    @Test
    void newPasswordsAreHashedWithArgon2id() {
        assertThat(users.find(Username.of("ivanov")).orElseThrow().passwordHash()).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void sixtyFourCyrillicLettersCountInFull() {
        String letters = "съешьжеещёэтихмягкихфранцузскихбулокдавыпейчаюсъешьжеещёэтихмягк";
        registering.register(new RegisteringUser.Command("petrov", "Pyotr Petrov", null, "sales", ManagementLevel.OTHER_STAFF,
                EnumSet.of(Role.EMPLOYEE), letters, false));

        assertThat(signIn.authenticate(new UsernamePasswordAuthenticationToken("petrov", letters)).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken("petrov",
                letters.substring(0, 63) + "а"))).as("BCrypt would have stopped reading at the 37th letter")
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aBcryptHashStillSignsInAndIsReplacedByArgon2id() {
        var user = users.find(Username.of("ivanov")).orElseThrow();
        user.rehashPassword(new BCryptPasswordEncoder(4).encode(PASSWORD));
        users.save(user);

        signIn.authenticate(new UsernamePasswordAuthenticationToken("ivanov", PASSWORD));

        String upgraded = users.find(Username.of("ivanov")).orElseThrow().passwordHash();
        assertThat(upgraded).startsWith("{argon2}");
        assertThat(encoder.matches(PASSWORD, upgraded)).isTrue();
        assertThat(signIn.authenticate(new UsernamePasswordAuthenticationToken("ivanov", PASSWORD)).isAuthenticated()).isTrue();
    }

    @Test
    void aTemporaryPasswordSignsInUntilItsLifetimeEnds() {
        registering.register(new RegisteringUser.Command("petrov", "Pyotr Petrov", null, "sales", ManagementLevel.OTHER_STAFF,
                EnumSet.of(Role.EMPLOYEE), PASSWORD, true));
        clock.advance(TEMPORARY_LIFETIME.minusMinutes(1));
        assertThat(signIn.authenticate(new UsernamePasswordAuthenticationToken("petrov", PASSWORD)).isAuthenticated()).isTrue();

        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken("petrov", PASSWORD)))
                .isInstanceOf(CredentialsExpiredException.class);
        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken("petrov", "a wrong password")))
                .as("a wrong password is just wrong: the expiry tells a guesser nothing")
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void anActiveUserSignsInWithTheirRolesAsAuthorities() {
        Authentication authentication = signIn.authenticate(new UsernamePasswordAuthenticationToken("IVANOV", PASSWORD));

        assertThat(authentication.getName()).isEqualTo("ivanov");
        // Spring Security adds the factor used (FACTOR_PASSWORD) next to the roles.
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_EMPLOYEE", "ROLE_DEPARTMENT_HEAD");
    }

    @Test
    void aDeactivatedUserCannotSignInEvenWithTheRightPassword() {
        new DeactivatingUser(users).deactivate(Username.of("admin"), Username.of("ivanov"));

        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken("ivanov", PASSWORD)))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void aWrongPasswordOrAnUnknownOrMalformedNameIsRefused() {
        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken("ivanov", "wrong password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken("petrov", PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken("петров", PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
    }
}
