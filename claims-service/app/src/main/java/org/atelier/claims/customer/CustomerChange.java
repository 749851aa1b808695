package org.atelier.claims.customer;

/**
 * One loyalty event's effect on the replica. Each names only what its event states; a field it leaves null stays as
 * it was.
 */
public sealed interface CustomerChange {

    String customerId();

    /** The customer was registered: its name and significance, and it is a customer. */
    record Registered(String customerId, String name, String significance) implements CustomerChange {
    }

    /** The profile as it now is (loyalty publishes it whole); of it claims keeps the name. */
    record ProfileChanged(String customerId, String name) implements CustomerChange {
    }

    record SignificanceChanged(String customerId, String significance) implements CustomerChange {
    }

    /** The customer left; the event names it as it was then. */
    record Lost(String customerId, String name, String significance) implements CustomerChange {
    }

    /** The customer came back. */
    record Regained(String customerId, String name, String significance) implements CustomerChange {
    }
}
