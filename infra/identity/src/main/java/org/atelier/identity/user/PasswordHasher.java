package org.atelier.identity.user;

/** One-way password hashing (Argon2id in production); the domain never sees how. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
