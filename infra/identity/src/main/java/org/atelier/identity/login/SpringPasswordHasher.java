package org.atelier.identity.login;

import org.atelier.identity.user.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The domain's password hashing done by the same encoder that checks passwords at sign-in. */
public class SpringPasswordHasher implements PasswordHasher {

    private final PasswordEncoder encoder;

    public SpringPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }
}
