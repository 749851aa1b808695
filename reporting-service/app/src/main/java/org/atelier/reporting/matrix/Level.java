package org.atelier.reporting.matrix;

/** The three management levels the matrix is asked of at the same time (domain §3), in the order reports list them. */
public enum Level { TOP_MANAGEMENT, DIVISION_HEAD, COMMERCIAL_STAFF }
