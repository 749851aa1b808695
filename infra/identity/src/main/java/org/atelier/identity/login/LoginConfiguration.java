package org.atelier.identity.login;

import java.time.Clock;
import org.atelier.identity.user.PasswordHasher;
import org.atelier.identity.user.Users;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing in: users from the store, BCrypt for passwords and client secrets, the throttle. */
@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    PasswordHasher passwordHasher(PasswordEncoder encoder) {
        return new BCryptPasswordHasher(encoder);
    }

    @Bean
    UserDetailsService userAccounts(Users users) {
        return new UserAccounts(users);
    }

    @Bean
    SignInThrottle signInThrottle(SignInThrottleProperties properties, Clock clock) {
        return new SignInThrottle(properties, clock);
    }
}
