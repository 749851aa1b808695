package org.atelier.identity.login;

import java.util.List;
import java.util.Optional;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Atelier's users as Spring Security sees them at sign-in: a deactivated user is a disabled account, which
 * Spring Security refuses to authenticate; roles become {@code ROLE_} authorities for the admin pages.
 */
public class UserAccounts implements UserDetailsService {

    private final Users users;

    public UserAccounts(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String typed) {
        User user = parse(typed).flatMap(users::find).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return org.springframework.security.core.userdetails.User.withUsername(user.username().value())
                .password(user.passwordHash())
                .disabled(!user.canSignIn())
                .authorities(authorities(user))
                .build();
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
