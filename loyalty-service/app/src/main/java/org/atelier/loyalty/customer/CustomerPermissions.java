package org.atelier.loyalty.customer;

import java.util.Set;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/**
 * Who may do what with customers; the one place these rules live (documented in docs/security.md).
 *
 * <ul>
 *   <li>Everyone signed in may see customers: keeping them is every department's business.</li>
 *   <li>Registering customers and recording their losses and purchases is sales' and marketing's work
 *       (employees and heads), plus administrators and other systems with the machine client.</li>
 *   <li>Changing a customer's significance: heads of sales or marketing, top management, administrators,
 *       other systems.</li>
 *   <li>Correcting a mistaken record (reversing a purchase, withdrawing a loss): heads of sales or marketing,
 *       administrators, other systems.</li>
 * </ul>
 */
public final class CustomerPermissions {

    static final Set<String> CUSTOMER_DEPARTMENTS = Set.of("sales", "marketing");

    private CustomerPermissions() {
    }

    public static void checkMayManageCustomers(CurrentUser caller) {
        if (!mayManageCustomers(caller)) {
            throw new NotAllowed("Only sales and marketing register customers and record their losses");
        }
    }

    /**
     * Making a customer key or regular is a decision, not data entry: heads of sales or marketing, top
     * management, administrators and other systems.
     */
    public static void checkMayChangeSignificance(CurrentUser caller) {
        boolean headOfCustomerDepartment = caller.has(Role.DEPARTMENT_HEAD) && caller.department() != null
                && CUSTOMER_DEPARTMENTS.contains(caller.department());
        if (!(headOfCustomerDepartment || caller.hasAny(Role.MANAGEMENT, Role.ADMIN, Role.SYSTEM))) {
            throw new NotAllowed("Only heads of sales or marketing and top management change a customer's significance");
        }
    }

    /**
     * Reversing a purchase takes points off a customer, and withdrawing a loss takes it out of the churn figures
     * that tell departments what drove customers away: a second pair of eyes over data entry, so heads of sales or
     * marketing (not the employee who may have made the mistake), administrators and other systems.
     */
    public static void checkMayCorrectRecords(CurrentUser caller) {
        if (!mayCorrectRecords(caller)) {
            throw new NotAllowed("Only heads of sales or marketing reverse purchases and withdraw losses");
        }
    }

    public static boolean mayCorrectRecords(CurrentUser caller) {
        boolean headOfCustomerDepartment = caller.has(Role.DEPARTMENT_HEAD) && caller.department() != null
                && CUSTOMER_DEPARTMENTS.contains(caller.department());
        return headOfCustomerDepartment || caller.hasAny(Role.ADMIN, Role.SYSTEM);
    }

    public static boolean mayManageCustomers(CurrentUser caller) {
        if (caller.hasAny(Role.SYSTEM, Role.ADMIN)) {
            return true;
        }
        return caller.department() != null && CUSTOMER_DEPARTMENTS.contains(caller.department())
                && caller.hasAny(Role.EMPLOYEE, Role.DEPARTMENT_HEAD);
    }
}
