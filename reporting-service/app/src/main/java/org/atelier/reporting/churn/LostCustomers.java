package org.atelier.reporting.churn;

import java.util.List;

/** The churn read model: every loss and every withdrawal, once. */
public interface LostCustomers {

    /** @return {@code false} when this event was already applied (a redelivery), and nothing changed */
    boolean addOnce(LostCustomer loss);

    /** @return {@code false} when this event was already applied (a redelivery), and nothing changed */
    boolean withdrawOnce(WithdrawnLoss withdrawal);

    /** The losses dated in the year that no withdrawal cancels. */
    List<LostCustomer> ofYear(int year);
}
