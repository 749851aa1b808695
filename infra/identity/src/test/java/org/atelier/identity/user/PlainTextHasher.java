package org.atelier.identity.user;

/** Marks passwords instead of hashing them, so tests can see what was stored. */
public class PlainTextHasher implements PasswordHasher {

    @Override
    public String hash(String password) {
        return "hashed:" + password;
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash.equals(hash(password));
    }
}
