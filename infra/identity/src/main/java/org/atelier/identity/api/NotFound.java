package org.atelier.identity.api;

/** An API address that names no department or person, not even a well-formed code or username: 404, like an unknown one. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
