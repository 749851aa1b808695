package org.atelier.security;

/**
 * The caller is known but may not do this. Use cases throw it from their permission checks; it becomes a
 * 403 problem. For things the caller may not even see, throw the feature's not-found instead (404), so ids
 * from other departments reveal nothing.
 */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
