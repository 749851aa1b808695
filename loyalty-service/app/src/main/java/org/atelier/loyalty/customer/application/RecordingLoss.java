package org.atelier.loyalty.customer.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.DepartmentNaming;
import org.atelier.loyalty.customer.Loss;
import org.atelier.loyalty.customer.LossReason;
import org.atelier.loyalty.customer.ReasonCode;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.security.CurrentUser;

/** Records that a customer left for a competitor, and why. */
public class RecordingLoss {

    public record Reason(ReasonCode code, boolean primary, List<String> departmentsAtFault) {
    }

    /** @param lostOn null means today */
    public record Command(CurrentUser caller, String customerId, String competitor, LocalDate lostOn, List<Reason> reasons, String note) {

        /**
         * A loss as a form gives it: the reasons ticked, which of them is primary, and one set of department boxes that
         * belongs to the staff-attitude reason. Departments ticked without that reason are refused (field
         * {@code departmentsAtFault}) rather than dropped: the person meant something, and must say which.
         *
         * @param primary            null when none was chosen (then refused as "exactly one primary")
         * @param departmentsAtFault may be null or empty
         */
        public static Command fromForm(CurrentUser caller, String customerId, String competitor, LocalDate lostOn,
                                       Collection<ReasonCode> reasons, ReasonCode primary, List<String> departmentsAtFault, String note) {
            List<String> named = departmentsAtFault == null ? List.of()
                    : departmentsAtFault.stream().filter(code -> code != null && !code.isBlank()).toList();
            boolean staffAttitude = reasons.contains(ReasonCode.STAFF_ATTITUDE);
            if (!staffAttitude && !named.isEmpty()) {
                throw new RuleViolation("departmentsAtFault", "departmentsNeedStaffAttitude",
                        "Departments at fault are named only with the staff-attitude reason; tick it or clear the departments");
            }
            List<Reason> given = reasons.stream().distinct()
                    .map(code -> new Reason(code, code == primary, code.namesDepartments() ? named : List.of())).toList();
            return new Command(caller, customerId, competitor, lostOn, given, note);
        }
    }

    private final Customers customers;
    private final DepartmentNaming departments;
    private final CompanyCalendar calendar;

    public RecordingLoss(Customers customers, DepartmentNaming departments, CompanyCalendar calendar) {
        this.customers = customers;
        this.departments = departments;
        this.calendar = calendar;
    }

    public Customer record(Command command) {
        CustomerPermissions.checkMayManageCustomers(command.caller());
        Customer customer = customers.require(command.customerId());
        Instant now = calendar.now();
        LocalDate today = calendar.dateOf(now);
        LocalDate lostOn = command.lostOn() != null ? command.lostOn() : today;
        List<LossReason> reasons = command.reasons().stream().map(this::reason).toList();
        customer.recordLoss(new Loss(command.competitor(), lostOn, reasons, command.note(), now), today, now);
        customers.save(customer);
        return customer;
    }

    private LossReason reason(Reason reason) {
        List<String> named = reason.departmentsAtFault() == null ? List.of() : reason.departmentsAtFault();
        Set<DepartmentCode> codes = named.stream().map(DepartmentCode::new).collect(java.util.stream.Collectors.toSet());
        if (codes.size() != named.size()) {
            throw new RuleViolation("departmentsAtFault", "departmentTwice", "A department is named twice for {0}", reason.code().name());
        }
        // A loss is a new record: every department named at fault must be in force.
        codes.stream().sorted(java.util.Comparator.comparing(DepartmentCode::value))
                .forEach(code -> departments.requireInForce(code, "departmentsAtFault"));
        return new LossReason(reason.code(), reason.primary(), codes);
    }
}
