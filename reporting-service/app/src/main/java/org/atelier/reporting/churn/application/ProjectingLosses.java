package org.atelier.reporting.churn.application;

import java.util.List;
import org.atelier.reporting.churn.LostCustomer;
import org.atelier.reporting.churn.LostCustomers;
import org.atelier.reporting.churn.WithdrawnLoss;

/** Applies customer losses and their withdrawals to the churn read model, once however often each is delivered. */
public class ProjectingLosses {

    private final LostCustomers lostCustomers;

    public ProjectingLosses(LostCustomers lostCustomers) {
        this.lostCustomers = lostCustomers;
    }

    /** @return whether the read model changed */
    public boolean apply(LostCustomer loss) {
        return lostCustomers.addOnce(loss);
    }

    /** @return whether the read model changed */
    public boolean apply(WithdrawnLoss withdrawal) {
        return lostCustomers.withdrawOnce(withdrawal);
    }

    /** @return how many of the losses changed the read model */
    public int applyLosses(List<LostCustomer> losses) {
        return lostCustomers.addAllOnce(losses);
    }

    /** @return how many of the withdrawals changed the read model */
    public int applyWithdrawals(List<WithdrawnLoss> withdrawals) {
        return lostCustomers.withdrawAllOnce(withdrawals);
    }
}
