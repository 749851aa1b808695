package org.atelier.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Atelier's users as Spring Security sees them at sign-in: a deactivated user is a disabled account, an expired
 * temporary password expired credentials, both of which Spring Security refuses to authenticate (after checking
 * the password, so the refusal tells a guesser nothing); roles become {@code ROLE_} authorities for the admin
 * pages.
 *
 * <p>As the {@link UserDetailsPasswordService}, it stores the new hash Spring Security makes when a user signs in
 * with a password hashed the old way (BCrypt), so hashes move to Argon2id as people sign in.
 */
public class UserAccounts implements UserDetailsService, UserDetailsPasswordService {

    private final Users users;
    private final Clock clock;
    private final Duration temporaryLifetime;

    public UserAccounts(Users users, Clock clock, Duration temporaryLifetime) {
        this.users = users;
        this.clock = clock;
        this.temporaryLifetime = temporaryLifetime;
    }

    @Override
    public UserDetails loadUserByUsername(String typed) {
        User user = parse(typed).flatMap(users::find).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return org.springframework.security.core.userdetails.User.withUsername(user.username().value())
                .password(user.passwordHash())
                .disabled(!user.canSignIn())
                .credentialsExpired(user.temporaryPasswordExpired(clock.instant(), temporaryLifetime))
                .authorities(authorities(user))
                .build();
    }

    @Override
    public UserDetails updatePassword(UserDetails details, String newPasswordHash) {
        parse(details.getUsername()).flatMap(users::find).ifPresent(user -> {
            user.rehashPassword(newPasswordHash);
            users.save(user);
        });
        return org.springframework.security.core.userdetails.User.withUserDetails(details).password(newPasswordHash).build();
    }

    /** The user's roles as {@code ROLE_} authorities, the form the admin pages' rules check. */
    static List<GrantedAuthority> authorities(User user) {
        return user.roles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    private static Optional<Username> parse(String typed) {
        try {
            return Optional.of(Username.of(typed));
        } catch (RuleViolation malformed) {
            return Optional.empty();
        }
    }
}
