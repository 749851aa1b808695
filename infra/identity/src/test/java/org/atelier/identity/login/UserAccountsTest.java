package org.atelier.identity.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Sign-in as Spring Security performs it, against the user store, without a Spring context. */
class UserAccountsTest {

    private static final String PASSWORD = "correct horse battery";

    private final InMemoryUsers users = new InMemoryUsers();
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private DaoAuthenticationProvider signIn;

    @BeforeEach
    void anAdmin() {
        new RegisteringUser(users, InMemoryDepartments.withDefaults(), new BCryptPasswordHasher(encoder), TestClock.atSomeMorning())
                .register(new RegisteringUser.Command("Ivanov", "Ivan Ivanov", null, "sales", ManagementLevel.DIVISION_HEAD,
                        EnumSet.of(Role.EMPLOYEE, Role.DEPARTMENT_HEAD), PASSWORD, false));
        signIn = new DaoAuthenticationProvider(new UserAccounts(users));
        signIn.setPasswordEncoder(encoder);
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
