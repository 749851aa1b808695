package org.atelier.reporting.churn;

import java.util.List;

/** The churn read model: every loss, once. */
public interface LostCustomers {

    /** @return {@code false} when this event was already applied (a redelivery), and nothing changed */
    boolean addOnce(LostCustomer loss);

    List<LostCustomer> ofYear(int year);
}
