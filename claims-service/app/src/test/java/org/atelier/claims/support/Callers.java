package org.atelier.claims.support;

import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;

/** The people who act on claims, each with an API client signed in as them. */
public final class Callers {

    private final int port;

    public Callers(int port) {
        this.port = port;
    }

    public ApiClient head(String department) {
        return as(department + "-head", department, "DIVISION_HEAD", "EMPLOYEE", "DEPARTMENT_HEAD");
    }

    public ApiClient management() {
        return as("ceo", "top-management", "TOP_MANAGEMENT", "EMPLOYEE", "MANAGEMENT");
    }

    public ApiClient employee(String department) {
        return as(department + "-clerk", department, "OTHER_STAFF", "EMPLOYEE");
    }

    public ApiClient as(String username, String department, String level, String... roles) {
        return ApiClient.localPort(port).withToken(TestIdentityProvider.user(department, roles).subject(username).level(level).signed());
    }

    /** A claim sales files against production under the regulation {@code regulation}, the breach on {@code day}. */
    public static String claimBody(String regulation, String day, long shortfall) {
        return """
                {"respondentDepartment":"production","regulationId":"%s","whatHappened":"The suits were delivered 12 days late",
                 "happenedOn":"%s","customerId":"cust-42","contractReference":"K-2026-017",
                 "customerConsequences":"The customer cancelled the second order","planIndicator":"Q1 revenue","currency":"RUB",
                 "claimedShortfallMinor":%d,"planAdjustmentRequested":%d,
                 "evidence":[{"description":"Delivery note","link":"https://docs.atelier.example/dn/1742"}]}"""
                .formatted(regulation, day, shortfall, shortfall);
    }

    public static String regulationBody(String id) {
        return """
                {"id":"%s","name":"Delivery terms","text":"Production delivers a customer's order within 10 working days.",
                 "owningDepartment":"production","boundDepartments":["production","logistics"],"inForceFrom":"2000-01-01"}""".formatted(id);
    }
}
