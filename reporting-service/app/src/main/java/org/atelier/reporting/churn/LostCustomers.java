package org.atelier.reporting.churn;

import java.util.Collection;
import java.util.List;

/** The churn read model: every loss and every withdrawal, once. */
public interface LostCustomers {

    /** @return {@code false} when this event was already applied (a redelivery), and nothing changed */
    boolean addOnce(LostCustomer loss);

    /** @return {@code false} when this event was already applied (a redelivery), and nothing changed */
    boolean withdrawOnce(WithdrawnLoss withdrawal);

    /**
     * Applies losses in one write, each at most once.
     *
     * @return how many changed the read model (the others were applied before)
     */
    default int addAllOnce(List<LostCustomer> losses) {
        return (int) losses.stream().filter(this::addOnce).count();
    }

    /** @see #addAllOnce */
    default int withdrawAllOnce(List<WithdrawnLoss> withdrawals) {
        return (int) withdrawals.stream().filter(this::withdrawOnce).count();
    }

    /** The losses dated in the year that no withdrawal cancels. */
    List<LostCustomer> ofYear(int year);

    /** The losses of these customers, whatever their date, that no withdrawal cancels: earliest first. */
    List<LostCustomer> ofCustomers(Collection<String> customerIds);
}
