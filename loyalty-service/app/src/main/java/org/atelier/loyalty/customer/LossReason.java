package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

import java.util.Objects;
import java.util.Set;

/**
 * One reason a customer left.
 *
 * @param departmentsAtFault required for a staff-attitude reason, and meaningless (so refused) for any other; both
 *                           refusals name the field {@code departmentsAtFault}, the boxes a person has to change
 */
public record LossReason(ReasonCode code, boolean primary, Set<DepartmentCode> departmentsAtFault) {

    public LossReason {
        Objects.requireNonNull(code, "code");
        departmentsAtFault = Set.copyOf(departmentsAtFault);
        if (code.namesDepartments() && departmentsAtFault.isEmpty()) {
            throw new RuleViolation("departmentsAtFault", "staffNeedsDepartment", "A staff-attitude reason must name the department(s) at fault");
        }
        if (!code.namesDepartments() && !departmentsAtFault.isEmpty()) {
            throw new RuleViolation("departmentsAtFault", "onlyStaffNamesDepartments", "Only a staff-attitude reason names departments at fault, not {0}", code.name());
        }
    }
}
