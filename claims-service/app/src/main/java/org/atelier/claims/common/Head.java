package org.atelier.claims.common;

/** A department's head, as the directory names them. */
public record Head(String username, String department) {
}
