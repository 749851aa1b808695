package org.atelier.identity.user;

/** What a person may do in Atelier; the services decide per action, the tokens carry the roles. */
public enum Role {
    /** Every member of staff: sees and files things for their own department. */
    EMPLOYEE,
    /** Speaks for their department: files and answers claims, answers the matrix survey. */
    DEPARTMENT_HEAD,
    /** Top management: hearings, decisions, company-wide dashboards. */
    MANAGEMENT,
    /** Plans, facts and bonus pools. */
    FINANCE,
    /** Manages users and departments in the identity provider. */
    ADMIN
}
