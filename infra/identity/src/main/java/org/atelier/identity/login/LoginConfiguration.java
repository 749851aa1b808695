package org.atelier.identity.login;

import java.time.Clock;
import java.util.Map;
import org.atelier.identity.user.PasswordHasher;
import org.atelier.identity.user.Users;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing in: users from the store, Argon2id for passwords and client secrets, the throttle. */
@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    static final String ARGON2 = "argon2";
    static final String BCRYPT = "bcrypt";
    /**
     * OWASP's Password Storage Cheat Sheet's recommended Argon2id parameters: 19 MiB, 2 iterations, 1 lane (about
     * 0.15 s per check on a busy 2-core machine). Hashes record their parameters, so raising them later rehashes
     * old ones at sign-in.
     */
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    /**
     * New hashes are Argon2id ({@code {argon2}$argon2id$…}, OWASP's first choice; no length limit, unlike BCrypt's 72
     * bytes, which cut a Cyrillic password at 36 letters). Hashes stored before, BCrypt without a prefix, still
     * verify, and are replaced at the next sign-in ({@link UserAccounts#updatePassword}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS),
                BCRYPT, new BCryptPasswordEncoder()));
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }

    @Bean
    PasswordHasher passwordHasher(PasswordEncoder encoder) {
        return new SpringPasswordHasher(encoder);
    }

    @Bean
    UserDetailsService userAccounts(Users users, Clock clock, PasswordProperties passwords) {
        return new UserAccounts(users, clock, passwords.temporaryLifetime());
    }

    @Bean
    SignInThrottle signInThrottle(SignInThrottleProperties properties, Clock clock) {
        return new SignInThrottle(properties, clock);
    }

    @Bean
    PersonSessions personSessions(SessionRegistry sessionRegistry) {
        return new PersonSessions(sessionRegistry);
    }
}
