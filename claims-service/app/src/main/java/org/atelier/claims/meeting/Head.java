package org.atelier.claims.meeting;

/** A department's head, as the directory names them. */
public record Head(String username, String department) {
}
