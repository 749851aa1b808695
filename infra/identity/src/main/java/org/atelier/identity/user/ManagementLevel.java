package org.atelier.identity.user;

/** Where a person sits in the company; the responsibility-matrix survey weighs answers by it. */
public enum ManagementLevel {
    TOP_MANAGEMENT,
    DIVISION_HEAD,
    COMMERCIAL_STAFF,
    OTHER_STAFF
}
