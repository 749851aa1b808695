package org.atelier.reporting.churn;

/**
 * The losses behind one number of the churn report, for the drill-down: each criterion matches exactly the way the
 * report counts (a reason named at all, a primary reason, a department at fault in any reason, a competitor), so the
 * list always has as many rows as the number it opens from. Null criteria match everything.
 */
public record LossFilter(String reason, String primaryReason, String departmentAtFault, String competitor) {

    public static final LossFilter ALL = new LossFilter(null, null, null, null);

    public boolean matches(LostCustomer loss) {
        return (reason == null || loss.reasons().contains(reason))
                && (primaryReason == null || primaryReason.equals(loss.primaryReason()))
                && (departmentAtFault == null || loss.departmentsAtFault().contains(departmentAtFault))
                && (competitor == null || competitor.equals(loss.competitor()));
    }

    public boolean isAll() {
        return reason == null && primaryReason == null && departmentAtFault == null && competitor == null;
    }
}
