package org.atelier.reporting.churn.application;

import org.atelier.reporting.churn.LostCustomer;
import org.atelier.reporting.churn.LostCustomers;

/** Applies a customer loss to the churn read model, once however often it is delivered. */
public class ProjectingLosses {

    private final LostCustomers lostCustomers;

    public ProjectingLosses(LostCustomers lostCustomers) {
        this.lostCustomers = lostCustomers;
    }

    /** @return whether the read model changed */
    public boolean apply(LostCustomer loss) {
        return lostCustomers.addOnce(loss);
    }
}
