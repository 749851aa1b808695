package org.atelier.directory;

/**
 * Where a person sits in the company, as the identity provider publishes it. The responsibility-matrix survey
 * asks three of these levels at once; {@link #OTHER_STAFF} is everyone else.
 */
public enum ManagementLevel {
    TOP_MANAGEMENT,
    DIVISION_HEAD,
    COMMERCIAL_STAFF,
    OTHER_STAFF
}
