package org.atelier.claims.common;

/** Nothing with that id, or nothing the caller may see: the API answers 404 either way. */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super("No " + what + " " + id);
    }
}
