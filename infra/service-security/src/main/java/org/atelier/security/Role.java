package org.atelier.security;

/** What a person (or a machine) may do across Atelier; the identity provider puts them in the token's {@code roles} claim. */
public enum Role {
    EMPLOYEE,
    DEPARTMENT_HEAD,
    /** Top management: hearings, decisions, dashboards. */
    MANAGEMENT,
    /** Plans, facts and bonus pools. */
    FINANCE,
    ADMIN,
    /** Another system calling with the machine client's token (demo loader, benchmark, ERP). */
    SYSTEM
}
