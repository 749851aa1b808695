package org.atelier.survey.customer;

/**
 * One loyalty event's effect on the replica. Each carries only the fields its event states; the others stay as they
 * were.
 */
public sealed interface CustomerChange {

    String customerId();

    /** The customer was registered: every field. */
    record Registered(String customerId, String name, String significance, String accountManager, String department) implements CustomerChange {
    }

    /** The profile as it now is (loyalty publishes it whole). */
    record ProfileChanged(String customerId, String name, String accountManager, String department) implements CustomerChange {
    }

    record SignificanceChanged(String customerId, String significance) implements CustomerChange {
    }
}
